package org.mbcoptions.glossary;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;

import org.springframework.web.util.HtmlUtils;

/**
 * Marks glossary terms in one page's patient text. The first time the page uses a term,
 * the term is shown as a definition ({@code <dfn>}) that links to the glossary, with its
 * plain meaning in brackets right after it, so the meaning is on the page itself, for
 * every reader and in print, not in a hover-only tip. Later uses are left plain.
 * Templates call {@link #mark} in document order, which is the order Thymeleaf renders
 * in.
 */
public final class PageGlossary {

	private final Glossary glossary;

	private final Set<String> defined = new HashSet<>();

	PageGlossary(Glossary glossary) {
		this.glossary = glossary;
	}

	/**
	 * The meaning as it fits in brackets inside someone else's sentence: its first
	 * sentence, without the full stop. The whole meaning is on the glossary page the term
	 * links to.
	 */
	static String shortMeaning(String meaning) {
		String text = meaning.strip();
		int end = text.indexOf(". ");
		if (end > 0) {
			text = text.substring(0, end);
		}
		return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
	}

	/** The text, HTML-escaped, with the page's first use of each term defined. */
	public String mark(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		StringBuilder html = new StringBuilder(text.length() + 64);
		Matcher matcher = glossary.pattern().matcher(text);
		int last = 0;
		while (matcher.find()) {
			Glossary.Entry entry = glossary.entryFor(matcher.group());
			if (entry == null || !defined.add(entry.slug())) {
				continue;
			}
			// A term already in brackets, as in "Drip into a vein (infusion)", takes its
			// meaning inside them.
			boolean bracketed = matcher.start() > 0 && text.charAt(matcher.start() - 1) == '('
					&& matcher.end() < text.length() && text.charAt(matcher.end()) == ')';
			// A term the text already follows with its own brackets, as in "cancer DNA
			// (ctDNA)", is linked but
			// not explained in place: two pairs of brackets in a row read badly. Its
			// meaning is one click away.
			boolean followedByBrackets = text.startsWith(" (", matcher.end());
			html.append(HtmlUtils.htmlEscape(text.substring(last, matcher.start())))
				.append("<dfn class=\"term\"><a href=\"/glossary#")
				.append(entry.slug())
				.append("\">")
				.append(HtmlUtils.htmlEscape(matcher.group()))
				.append("</a></dfn>");
			if (!followedByBrackets) {
				html.append(bracketed ? "<span class=\"meaning\">: " : " <span class=\"meaning\">(")
					.append(HtmlUtils.htmlEscape(shortMeaning(entry.meaning())))
					.append(bracketed ? "</span>" : ")</span>");
			}
			last = matcher.end();
		}
		return html.append(HtmlUtils.htmlEscape(text.substring(last))).toString();
	}

}
