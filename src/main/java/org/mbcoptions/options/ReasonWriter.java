package org.mbcoptions.options;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.mbcoptions.catalogue.Biomarker;
import org.mbcoptions.model.PlainText;
import org.springframework.context.MessageSource;

/**
 * Turns matched and unknown facts into the plain sentences shown with each option and
 * test.
 */
final class ReasonWriter {

	private final MessageSource messages;

	ReasonWriter(MessageSource messages) {
		this.messages = messages;
	}

	String fact(Fact fact, Map<String, Biomarker> biomarkers, Locale locale) {
		// Biomarker and site facts always carry their code as the argument.
		return switch (fact.key()) {
			case "biomarker" -> {
				Biomarker biomarker = biomarkers.get(fact.argument());
				yield biomarker != null ? PlainText.midSentence(biomarker.getName()) : argument(fact);
			}
			case "biomarkerAbsent" -> {
				Biomarker biomarker = biomarkers.get(fact.argument());
				yield msg("fact.biomarkerAbsent", locale,
						biomarker != null ? PlainText.midSentence(biomarker.getName()) : argument(fact));
			}
			case "site" -> msg("fact.site", locale, siteName(argument(fact), locale));
			default -> msg("fact." + fact.key(), locale);
		};
	}

	private static String argument(Fact fact) {
		return java.util.Objects.requireNonNull(fact.argument(), () -> fact.key() + " fact without its code");
	}

	String notKnown(Fact fact, Locale locale) {
		if (fact.key().equals("site")) {
			return msg("notKnown.site", locale, siteName(argument(fact), locale));
		}
		return msg("notKnown." + fact.key(), locale);
	}

	String why(List<String> matched, List<String> notKnown, Locale locale) {
		String why = matched.isEmpty() ? msg("why.anyProfile", locale)
				: msg("why.matched", locale, join(matched, locale));
		if (!notKnown.isEmpty()) {
			why = why + " " + msg("why.notKnown", locale, join(notKnown, locale));
		}
		return why;
	}

	TestSuggestion suggestion(PendingTest test, @Nullable Biomarker biomarker, List<TestSuggestion.OptionLink> options,
			Locale locale) {
		if (biomarker != null) {
			return new TestSuggestion(test.code(), biomarker.getName(), biomarker.getExplanation(),
					biomarker.getHowTested(), biomarker.getSlug(), options);
		}
		String key = "test." + test.code();
		return new TestSuggestion(test.code(), msg(key + ".name", locale), msg(key + ".explanation", locale),
				msg(key + ".howTested", locale), null, options);
	}

	private String siteName(String site, Locale locale) {
		return msg("site." + site.toLowerCase(Locale.ROOT), locale);
	}

	private String join(List<String> parts, Locale locale) {
		if (parts.size() == 1) {
			return parts.get(0);
		}
		String and = msg("list.and", locale);
		return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + and + " " + parts.get(parts.size() - 1);
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
