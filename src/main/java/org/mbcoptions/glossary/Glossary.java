package org.mbcoptions.glossary;

import org.jspecify.annotations.Nullable;
import org.mbcoptions.catalogue.GlossaryTermRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The glossary, read once when the app starts: the catalogue changes only when a new seed
 * script is applied, which needs a restart, so pages can mark terms without asking the
 * database.
 */
@Component
public class Glossary implements SmartInitializingSingleton {

	/** A term as pages use it, with the spellings pages recognise. */
	public record Entry(String slug, String term, String meaning, List<String> forms) {
	}

	private final GlossaryTermRepository repository;

	private volatile Index index = Index.of(List.of());

	Glossary(GlossaryTermRepository repository) {
		this.repository = repository;
	}

	@Override
	public void afterSingletonsInstantiated() {
		load(repository.findAllWithForms()
			.stream()
			.map(t -> new Entry(t.getSlug(), t.getTerm(), t.getMeaning(), List.copyOf(t.getForms())))
			.toList());
	}

	void load(List<Entry> entries) {
		index = Index.of(entries);
	}

	/** All terms, A to Z. */
	public List<Entry> entries() {
		return index.entries;
	}

	/**
	 * A fresh marker for one rendered page: it defines each term only where the page
	 * first uses it.
	 */
	public PageGlossary newPage() {
		return new PageGlossary(this);
	}

	Pattern pattern() {
		return index.pattern;
	}

	@Nullable Entry entryFor(String matched) {
		Entry exact = index.exactForms.get(matched);
		return exact != null ? exact : index.foldedForms.get(matched.toLowerCase(Locale.ROOT));
	}

	private record Index(List<Entry> entries, Map<String, Entry> exactForms, Map<String, Entry> foldedForms,
			Pattern pattern) {

		static Index of(List<Entry> terms) {
			Map<String, Entry> exact = new HashMap<>();
			Map<String, Entry> folded = new HashMap<>();
			List<Entry> entries = new ArrayList<>(terms);
			for (Entry entry : terms) {
				for (String form : entry.forms()) {
					if (isCaseSensitive(form)) {
						exact.put(form, entry);
					}
					else {
						folded.put(form, entry);
					}
				}
			}
			entries.sort(Comparator.comparing(e -> e.term().toLowerCase(Locale.ROOT)));
			return new Index(List.copyOf(entries), Map.copyOf(exact), Map.copyOf(folded),
					pattern(exact.keySet(), folded.keySet()));
		}

		private static boolean isCaseSensitive(String form) {
			return !form.equals(form.toLowerCase(Locale.ROOT));
		}

		/**
		 * One alternation of every form, longest first so that "HER2-low" wins over
		 * "HER2". A form must stand as a whole word: a letter or digit next to it, or a
		 * hyphen joining it to another word, means it is part of a longer word.
		 */
		private static Pattern pattern(Set<String> exact, Set<String> folded) {
			if (exact.isEmpty() && folded.isEmpty()) {
				return Pattern.compile("(?!)");
			}
			String alternatives = Stream
				.concat(exact.stream().map(f -> Map.entry(f, Pattern.quote(f))),
						folded.stream().map(f -> Map.entry(f, "(?iu:" + Pattern.quote(f) + ")")))
				.sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed())
				.map(Map.Entry::getValue)
				.collect(Collectors.joining("|"));
			return Pattern.compile("(?<![\\p{L}\\p{N}-])(?:" + alternatives + ")(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])");
		}

	}

}
