package org.mbcoptions.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mbcoptions.glossary.Glossary;
import org.mbcoptions.model.TextMatch;
import org.mbcoptions.recent.RecentApprovals;
import org.mbcoptions.therapy.TherapyService;
import org.mbcoptions.therapy.TherapySummary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds treatments by generic or brand name (recent approvals too), drug groups, side effects, tests and care
 * topics. Forgiving of case,
 * accents and small typos, because people type drug names they have only heard.
 */
@Service
public class SearchService {

	private final TherapyService therapies;

	/**
	 * The names of everything else one can search for, in one statement: kind, name shown, page address and the
	 * text matched (a biomarker is found by its name and by its code).
	 */
	private static final String NAMES = """
			select 'drugClass', name, '/drug-classes/' || slug, name from drug_class
			union all select 'sideEffect', name, '/side-effects/' || slug, name from side_effect
			union all select 'biomarker', name, '/biomarkers/' || slug, name from biomarker
			union all select 'biomarker', name, '/biomarkers/' || slug, code from biomarker
			union all select 'topic', title, '/topics/' || slug, title from topic""";

	private final JdbcTemplate jdbc;

	private final Glossary glossary;

	private final RecentApprovals recentApprovals;

	SearchService(TherapyService therapies, JdbcTemplate jdbc, Glossary glossary, RecentApprovals recentApprovals) {
		this.therapies = therapies;
		this.jdbc = jdbc;
		this.glossary = glossary;
		this.recentApprovals = recentApprovals;
	}

	@Transactional(readOnly = true)
	public List<SearchHit> search(String query) {
		List<String> words = words(query);
		if (words.isEmpty()) {
			return List.of();
		}
		Map<String, SearchHit> best = new LinkedHashMap<>();
		for (TherapySummary t : therapies.findAll()) {
			String url = "/therapies/" + t.slug();
			offer(best, words, "therapy", t.name(), url, t.name());
			t.drugs().forEach(d -> offer(best, words, "therapy", t.name(), url, d));
			t.brandNames().forEach(b -> offer(best, words, "therapy", t.name(), url, b));
			offer(best, words, "therapy", t.name(), url, t.drugClass());
		}
		jdbc.query(NAMES, (RowCallbackHandler) row -> offer(best, words, row.getString(1), row.getString(2),
				row.getString(3), row.getString(4)));
		for (RecentApprovals.Entry r : recentApprovals.entries()) {
			String url = "/recent-approvals#" + r.slug();
			offer(best, words, "recentApproval", r.name(), url, r.name());
			offer(best, words, "recentApproval", r.name(), url, r.brandName());
		}
		for (Glossary.Entry e : glossary.entries()) {
			offer(best, words, "glossary", e.term(), "/glossary#" + e.slug(), e.term());
			e.forms().forEach(f -> offer(best, words, "glossary", e.term(), "/glossary#" + e.slug(), f));
		}
		return best.values()
			.stream()
			.sorted(Comparator.comparingInt(SearchHit::score).thenComparing(SearchHit::name))
			.toList();
	}

	/** Keeps, for each page, the best way the query matched it. Lower scores are better. */
	private static void offer(Map<String, SearchHit> best, List<String> query, String kind, String name, String url,
			String text) {
		int score = score(query, words(text));
		if (score < 0) {
			return;
		}
		SearchHit hit = new SearchHit(kind, name, url, text.equalsIgnoreCase(name) ? null : text, score);
		best.merge(url, hit, (a, b) -> a.score() <= b.score() ? a : b);
	}

	static int score(List<String> query, List<String> text) {
		return TextMatch.score(query, text);
	}

	static List<String> words(String text) {
		return TextMatch.words(text);
	}

}
