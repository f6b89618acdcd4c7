package org.mbcoptions.model;

/**
 * Every catalogue table whose rows carry a {@code reviewed_on} date: the one list that
 * the start-up content check (no review date in the future), the editors' review report
 * (rows due for review) and the footer's "content reviewed" date all read, so a new
 * reviewed table is added once, here. A table made by a later schema script is skipped
 * while the scripts before it are checked.
 *
 * @param table the table
 * @param key an SQL expression naming a row for editors (a slug, a code, or a slug with
 * what tells rows apart)
 */
public record ReviewedTable(String table, String key) {

	public static final java.util.List<ReviewedTable> ALL = java.util.List.of(new ReviewedTable("therapy", "slug"),
			new ReviewedTable("indication", "code"),
			new ReviewedTable("approval",
					"(select t.slug from therapy t where t.id = approval.therapy_id) || ' (' || region || ')'"),
			new ReviewedTable("topic", "slug"), new ReviewedTable("glossary_term", "slug"),
			new ReviewedTable("recent_approval", "slug"),
			new ReviewedTable("drug_companion",
					"""
							(select d.name from drug d where d.id = drug_companion.drug_id) || ' with '
							|| (select d.name from drug d where d.id = drug_companion.companion_drug_id) || ' (' || person || ')'"""),
			new ReviewedTable("drug_warning", """
					(select d.name from drug d where d.id = drug_warning.drug_id) || ': '
					|| (select e.slug from side_effect e where e.id = drug_warning.side_effect_id)"""),
			new ReviewedTable("side_effect_action", """
					(select e.slug from side_effect e where e.id = side_effect_action.side_effect_id) || ' '
					|| lower(replace(urgency, '_', '-'))"""), new ReviewedTable("helpline", "region || ' ' || name"));

	/** The rows reviewed before the given date, as (kind, item) pairs. */
	public String selectReviewedBefore() {
		return "select '" + table + "' kind, " + key.strip() + " item from " + table + " where reviewed_on < ?";
	}

	/** The rows with a review date after the given date. */
	public String selectReviewedAfter() {
		return "select " + key.strip() + " item from " + table + " where reviewed_on > ? order by 1";
	}

}
