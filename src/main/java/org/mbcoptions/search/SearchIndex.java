package org.mbcoptions.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.mbcoptions.catalogue.Therapy;
import org.mbcoptions.catalogue.TherapyRepository;
import org.mbcoptions.glossary.Glossary;
import org.mbcoptions.model.TextMatch;
import org.mbcoptions.recent.RecentApprovals;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The one index behind the site search and the A to Z filter, so a name found by one is
 * found by the other. It is built once, with every name already split into words: the
 * catalogue changes only when a seed script is applied, which needs a restart, and a
 * search then runs no SQL at all. A page matches when every word typed is one of its
 * words (names, generic and brand names, drug group, codes), or starts one, or is one
 * with a small typo.
 */
@Component
public class SearchIndex {

	/**
	 * Kinds of page, as the search results name them ({@code search.kind.*} in
	 * messages.properties).
	 */
	static final String THERAPY = "therapy";

	/**
	 * Everything else one can find, in one statement: kind, name shown, page address and
	 * a text it is found by (a biomarker by its name and by its code).
	 */
	private static final String NAMES = """
			select 'drugClass', name, '/drug-classes/' || slug, name from drug_class
			union all select 'sideEffect', name, '/side-effects/' || slug, name from side_effect
			union all select 'biomarker', name, '/biomarkers/' || slug, name from biomarker
			union all select 'biomarker', name, '/biomarkers/' || slug, code from biomarker
			union all select 'topic', title, '/topics/' || slug, title from topic""";

	/** A text a page is found by, with its words. */
	private record Text(String text, List<String> words) {

		static Text of(String text) {
			return new Text(text, TextMatch.words(text));
		}

	}

	/**
	 * One page: its kind, name, address, the therapy's slug (for the A to Z) and every
	 * text it is found by.
	 */
	private record Entry(String kind, String name, String url, @Nullable String slug, List<Text> texts,
			List<String> words) {

		/**
		 * The best match for the query, or null: the name, or the single text that
		 * matched best, is what it matched on.
		 */
		@Nullable SearchHit match(List<String> query) {
			int score = TextMatch.score(query, words);
			if (score < 0) {
				return null;
			}
			Text best = null;
			int bestScore = Integer.MAX_VALUE;
			for (Text t : texts) {
				int s = TextMatch.score(query, t.words());
				if (s >= 0 && s < bestScore) {
					best = t;
					bestScore = s;
				}
			}
			String matchedOn = best == null || best.text().equalsIgnoreCase(name) ? null : best.text();
			return new SearchHit(kind, name, url, matchedOn, score);
		}

	}

	private final Supplier<List<Entry>> entries;

	SearchIndex(TherapyRepository therapies, JdbcTemplate jdbc, Glossary glossary, RecentApprovals recentApprovals) {
		this.entries = SingletonSupplier.of(() -> build(therapies, jdbc, glossary, recentApprovals));
	}

	/**
	 * Builds the index once the app has started, so the first search does not wait for
	 * it.
	 */
	@EventListener(ContextRefreshedEvent.class)
	void buildAtStart() {
		entries.get();
	}

	/** Every page the query finds, best first (then by name). */
	public List<SearchHit> find(String query) {
		List<String> words = TextMatch.words(query);
		if (words.isEmpty()) {
			return List.of();
		}
		List<SearchHit> hits = new ArrayList<>();
		for (Entry e : entries.get()) {
			SearchHit hit = e.match(words);
			if (hit != null) {
				hits.add(hit);
			}
		}
		hits.sort(Comparator.comparingInt(SearchHit::score).thenComparing(SearchHit::name));
		return hits;
	}

	/**
	 * The slugs of the therapies the query finds, for the A to Z filter; every therapy
	 * for an empty query.
	 */
	public Set<String> therapySlugs(String query) {
		List<String> words = TextMatch.words(query);
		Set<String> slugs = new LinkedHashSet<>();
		for (Entry e : entries.get()) {
			if (THERAPY.equals(e.kind()) && (words.isEmpty() || e.match(words) != null)) {
				slugs.add(e.slug());
			}
		}
		return slugs;
	}

	private static List<Entry> build(TherapyRepository therapies, JdbcTemplate jdbc, Glossary glossary,
			RecentApprovals recentApprovals) {
		Map<String, Builder> pages = new LinkedHashMap<>();
		for (Therapy t : therapies.findAllWithDrugs()) {
			Builder page = pages.computeIfAbsent("/therapies/" + t.getSlug(),
					url -> new Builder(THERAPY, t.getName(), url, t.getSlug()));
			page.add(t.getName());
			t.getDrugs().forEach(td -> page.add(td.getDrug().getName()));
			t.getDrugs().forEach(td -> td.getDrug().getBrandNames().forEach(page::add));
			page.add(t.getDrugClass().getName());
		}
		jdbc.query(NAMES, (RowCallbackHandler) row -> {
			String kind = row.getString(1);
			String name = row.getString(2);
			pages.computeIfAbsent(row.getString(3), url -> new Builder(kind, name, url, null)).add(row.getString(4));
		});
		for (RecentApprovals.Entry r : recentApprovals.entries()) {
			Builder page = pages.computeIfAbsent("/recent-approvals#" + r.slug(),
					url -> new Builder("recentApproval", r.name(), url, null));
			page.add(r.name());
			page.add(r.brandName());
		}
		for (Glossary.Entry g : glossary.entries()) {
			Builder page = pages.computeIfAbsent("/glossary#" + g.slug(),
					url -> new Builder("glossary", g.term(), url, null));
			page.add(g.term());
			g.forms().forEach(page::add);
		}
		return pages.values().stream().map(Builder::build).toList();
	}

	private static final class Builder {

		private final String kind;

		private final String name;

		private final String url;

		private final @Nullable String slug;

		private final Map<String, Text> texts = new LinkedHashMap<>();

		Builder(String kind, String name, String url, @Nullable String slug) {
			this.kind = kind;
			this.name = name;
			this.url = url;
			this.slug = slug;
		}

		void add(String text) {
			if (text != null && !text.isBlank()) {
				texts.putIfAbsent(text, Text.of(text));
			}
		}

		Entry build() {
			Set<String> words = new LinkedHashSet<>();
			texts.values().forEach(t -> words.addAll(t.words()));
			return new Entry(kind, name, url, slug, List.copyOf(texts.values()), List.copyOf(words));
		}

	}

}
