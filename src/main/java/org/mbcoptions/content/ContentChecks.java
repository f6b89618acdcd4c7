package org.mbcoptions.content;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.mbcoptions.model.ReviewedTable;
import org.mbcoptions.options.BiomarkerAnswer;

/**
 * The rules every content script must leave the catalogue in, checked with plain SQL so
 * they run inside Flyway, before JPA exists. Structural mistakes (a duplicate slug, a
 * missing therapy or biomarker, a missing date) are already stopped by the schema's
 * constraints, and Flyway names the script and statement.
 */
public final class ContentChecks {

	/** Patient summaries above this Flesch-Kincaid grade are rejected. */
	public static final double MAX_SUMMARY_GRADE = 9.0;

	/**
	 * Items not reviewed for this long are reported for review (a warning, not an error).
	 */
	public static final int REVIEW_YEARS = 2;

	private ContentChecks() {
	}

	/**
	 * The clinical rules ({@code ClinicalRules}) hold from this script version on: the
	 * schema script before it made their tables, and the content script it names filled
	 * them.
	 */
	public static final int CLINICAL_RULES_FROM_VERSION = 26;

	/**
	 * Sources on their publishers' sites ({@code PublisherHosts}) from this script
	 * version on.
	 */
	public static final int SOURCE_HOSTS_FROM_VERSION = 28;

	/**
	 * Each decision names the uses it covers ({@code ApprovalScopeCheck}) from this
	 * script version on: the schema script before it made the table.
	 */
	public static final int APPROVAL_SCOPE_FROM_VERSION = 47;

	/**
	 * Every side effect a regimen lists as serious says what to notice and what to do
	 * ({@code side_effect_action}) from this script version on: the content script it
	 * names wrote up the last one.
	 */
	public static final int SERIOUS_ACTIONS_FROM_VERSION = 53;

	/** The checks for the catalogue as it is after the script of this version. */
	public static List<ContentProblem> errors(Connection connection, LocalDate today, int version) throws SQLException {
		List<ContentProblem> problems = errors(connection, today);
		if (version >= CLINICAL_RULES_FROM_VERSION) {
			problems.addAll(ClinicalRulesCheck.problems(connection));
		}
		if (version >= SOURCE_HOSTS_FROM_VERSION) {
			problems.addAll(SourceHostCheck.problems(connection));
		}
		if (version >= APPROVAL_SCOPE_FROM_VERSION) {
			problems.addAll(ApprovalScopeCheck.problems(connection));
		}
		if (version >= SERIOUS_ACTIONS_FROM_VERSION) {
			ContentSql.query(connection,
					"""
							select e.slug, min(t.slug) from therapy_side_effect te join side_effect e on e.id = te.side_effect_id
							join therapy t on t.id = te.therapy_id
							where te.serious and not exists (select 1 from side_effect_action a where a.side_effect_id = e.id)
							group by e.slug order by 1""",
					row -> problems.add(new ContentProblem("side_effect", row.getString(1), "is serious on '"
							+ row.getString(2)
							+ "' but says nothing about what to notice and what to do: add side_effect_action rows")));
		}
		return problems;
	}

	public static List<ContentProblem> errors(Connection connection, LocalDate today) throws SQLException {
		List<ContentProblem> problems = new ArrayList<>();
		keys(connection, """
				select t.slug from therapy t
				where not exists (select 1 from therapy_source s where s.therapy_id = t.id)""", null)
			.forEach(slug -> problems.add(new ContentProblem("therapy", slug, "has no source (therapy_source)")));
		keys(connection, """
				select i.code from indication i
				where not exists (select 1 from indication_source s where s.indication_id = i.id)""", null)
			.forEach(code -> problems.add(new ContentProblem("indication", code, "has no source (indication_source)")));
		keys(connection, """
				select t.slug from therapy t
				where not exists (select 1 from therapy_side_effect e where e.therapy_id = t.id)""", null).forEach(
				slug -> problems.add(new ContentProblem("therapy", slug, "has no side effects (therapy_side_effect)")));
		// Topics came with a later schema script; the scripts before it are checked
		// without them.
		boolean topics = ContentSql.tableExists(connection, "topic");
		if (topics) {
			keys(connection, """
					select t.slug from topic t
					where not exists (select 1 from topic_source s where s.topic_id = t.id)""", null)
				.forEach(slug -> problems.add(new ContentProblem("topic", slug, "has no source (topic_source)")));
			readingGrade(connection, "topic", "summary", "select slug, summary from topic order by slug", problems);
		}
		// Recent approvals came with a later schema script too.
		if (ContentSql.tableExists(connection, "recent_approval")) {
			keys(connection, """
					select r.slug from recent_approval r
					where not exists (select 1 from recent_approval_source s where s.recent_approval_id = r.id)""",
					null)
				.forEach(slug -> problems
					.add(new ContentProblem("recent_approval", slug, "has no source (recent_approval_source)")));
			readingGrade(connection, "recent_approval", "for_whom",
					"select slug, for_whom from recent_approval order by slug", problems);
		}
		for (ReviewedTable reviewed : ReviewedTable.ALL) {
			if (ContentSql.tableExists(connection, reviewed.table())) {
				keys(connection, reviewed.selectReviewedAfter(), today).forEach(item -> problems
					.add(new ContentProblem(reviewed.table(), item, "has a review date in the future")));
			}
		}
		keys(connection, "select code from biomarker order by code", null).stream()
			.filter(code -> !BiomarkerAnswer.isKnownCode(code))
			.forEach(code -> problems.add(new ContentProblem("biomarker", code,
					"is not a biomarker code the public URLs accept: " + allowedCodes())));
		readingGrade(connection, "therapy", "summary", "select slug, summary from therapy order by slug", problems);
		// Treatment history came with a later schema script: a first-line use cannot need
		// an earlier treatment,
		// and only a first-line use can be put behind someone.
		if (ContentSql.tableExists(connection, "indication_not_after")) {
			keys(connection, """
					select distinct i.code from indication i join indication_prior_treatment p on p.indication_id = i.id
					where i.line = 'FIRST' order by i.code""", null)
				.forEach(code -> problems.add(new ContentProblem("indication", code,
						"is a first-line use, so it cannot need an earlier treatment (indication_prior_treatment)")));
			keys(connection, """
					select distinct i.code from indication i join indication_not_after n on n.indication_id = i.id
					where i.line <> 'FIRST' order by i.code""", null)
				.forEach(code -> problems.add(new ContentProblem("indication", code,
						"is not a first-line use, so no treatment can put it behind someone (indication_not_after)")));
		}
		// What-to-do rows came with a later schema script: each needs a source on a
		// care-advice publisher's site.
		if (ContentSql.tableExists(connection, "side_effect_action")) {
			String action = "e.slug || ' ' || lower(replace(a.urgency, '_', '-'))";
			keys(connection, "select " + action + """
					 from side_effect_action a join side_effect e on e.id = a.side_effect_id
					where not exists (select 1 from side_effect_action_source s where s.side_effect_action_id = a.id)
					order by 1""", null).forEach(key -> problems
				.add(new ContentProblem("side_effect_action", key, "has no source (side_effect_action_source)")));
			new java.util.TreeMap<>(ContentSql.multimap(connection, "select " + action
					+ """
							, src.url from side_effect_action a join side_effect e on e.id = a.side_effect_id
							join side_effect_action_source x on x.side_effect_action_id = a.id join source src on src.id = x.source_id"""))
				.forEach((key, urls) -> urls.stream()
					.filter(url -> !PublisherHosts.isOn(url, PublisherHosts.CARE_ADVICE))
					.forEach(url -> problems.add(new ContentProblem("side_effect_action", key,
							"cites " + url + ", which is not an https page of a care-advice publisher "
									+ PublisherHosts.CARE_ADVICE))));
			readingGrade(connection, "side_effect_action", "notice and action", "select " + action
					+ ", a.notice || ' ' || a.action from side_effect_action a join side_effect e on e.id = a.side_effect_id order by 1",
					problems);
		}
		return problems;
	}

	private static void readingGrade(Connection connection, String table, String column, String sql,
			List<ContentProblem> problems) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql);
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				double grade = ReadingGrade.of(rows.getString(2));
				if (grade > MAX_SUMMARY_GRADE) {
					problems.add(new ContentProblem(table, rows.getString(1),
							String.format(Locale.ROOT,
									"%s reads at grade %.1f, above %.0f: use shorter sentences and words", column,
									grade, MAX_SUMMARY_GRADE)));
				}
			}
		}
	}

	/**
	 * Every reviewed row ({@link ReviewedTable#ALL}) last reviewed more than two years
	 * ago.
	 */
	public static List<ContentProblem> dueForReview(Connection connection, LocalDate today) throws SQLException {
		List<String> selects = new ArrayList<>();
		for (ReviewedTable reviewed : ReviewedTable.ALL) {
			if (ContentSql.tableExists(connection, reviewed.table())) {
				selects.add(reviewed.selectReviewedBefore());
			}
		}
		List<ContentProblem> due = new ArrayList<>();
		try (PreparedStatement statement = connection
			.prepareStatement(String.join("\nunion all ", selects) + "\norder by 1, 2")) {
			Date cutoff = Date.valueOf(today.minusYears(REVIEW_YEARS));
			for (int i = 1; i <= selects.size(); i++) {
				statement.setDate(i, cutoff);
			}
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					due.add(new ContentProblem(rows.getString(1), rows.getString(2),
							"last reviewed more than " + REVIEW_YEARS + " years ago"));
				}
			}
		}
		return due;
	}

	private static List<String> keys(Connection connection, String sql, @Nullable LocalDate date) throws SQLException {
		List<String> keys = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			if (date != null) {
				statement.setDate(1, Date.valueOf(date));
			}
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					keys.add(rows.getString(1));
				}
			}
		}
		return keys;
	}

	private static String allowedCodes() {
		return String.join(", ", java.util.Arrays.stream(BiomarkerAnswer.values()).map(BiomarkerAnswer::code).toList());
	}

}
