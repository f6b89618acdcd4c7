package org.mbcoptions.content;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mbcoptions.catalogue.Approval;

/**
 * Sources that can be trusted: every approval cites its regulator's own page, every label
 * warning and companion rule a publisher's page, and every therapy and indication at
 * least one publisher's page (its label, decision or guideline). The allowed hosts are in
 * {@link PublisherHosts}.
 */
final class SourceHostCheck {

	private SourceHostCheck() {
	}

	static List<ContentProblem> problems(Connection connection) throws SQLException {
		List<ContentProblem> problems = new ArrayList<>();
		ContentSql.query(connection, """
				select t.slug, a.region, s.code, s.url from approval a join therapy t on t.id = a.therapy_id
				join source s on s.id = a.source_id order by t.slug, a.region""", row -> {
			Approval.Region region = Approval.Region.valueOf(row.getString(2));
			if (!PublisherHosts.isOn(row.getString(4),
					java.util.Objects.requireNonNull(PublisherHosts.DECISIONS.get(region)))) {
				problems.add(new ContentProblem("approval", row.getString(1) + " " + region,
						"cites source '" + row.getString(3) + "', which is not on the regulator's own site ("
								+ String.join(", ", PublisherHosts.DECISIONS.get(region)) + ", https)"));
			}
		});
		ContentSql.query(connection, """
				select d.name, e.slug, s.code, s.url from drug_warning w join drug d on d.id = w.drug_id
				join side_effect e on e.id = w.side_effect_id join source s on s.id = w.source_id
				order by d.name, e.slug""", row -> {
			if (!PublisherHosts.isOn(row.getString(4), PublisherHosts.LABELS)) {
				problems.add(new ContentProblem("drug_warning", row.getString(1) + " " + row.getString(2),
						"cites source '" + row.getString(3) + "', which is not a label on its publisher's site"));
			}
		});
		ContentSql.query(connection, """
				select d.name, c.person, s.code, s.url from drug_companion c join drug d on d.id = c.drug_id
				join source s on s.id = c.source_id order by d.name, c.person""", row -> {
			if (!PublisherHosts.isOn(row.getString(4), PublisherHosts.ANY_PUBLISHER)) {
				problems.add(
						new ContentProblem("drug_companion", row.getString(1) + " " + row.getString(2), "cites source '"
								+ row.getString(3) + "', which is not on a label or guideline publisher's site"));
			}
		});
		if (ContentSql.columnExists(connection, "indication", "preference_source_id")) {
			ContentSql.query(connection, """
					select i.code, i.preference, s.code, s.url from indication i
					left join source s on s.id = i.preference_source_id
					where i.preference <> 'OTHER' order by i.code""", row -> {
				if (row.getString(4) == null) {
					problems.add(new ContentProblem("indication", row.getString(1),
							"is " + row.getString(2) + " but names no guideline (preference_source_id)"));
				}
				else if (!PublisherHosts.isOn(row.getString(4), PublisherHosts.GUIDELINES)) {
					problems.add(new ContentProblem("indication", row.getString(1),
							"is " + row.getString(2) + " on the word of source '" + row.getString(3)
									+ "', which is not a guideline publisher's site ("
									+ String.join(", ", PublisherHosts.GUIDELINES) + ")"));
				}
			});
		}
		// Every link a reader may follow is https: each publisher we cite serves it.
		ContentSql.multimap(connection, "select code, url from source where url not like 'https://%'")
			.forEach((code, urls) -> urls.forEach(url -> problems
				.add(new ContentProblem("source", code, "links to " + url + ", which is not an https address"))));
		withoutPublisherSource(connection, "therapy", "slug", "therapy_source", "therapy_id", problems);
		withoutPublisherSource(connection, "indication", "code", "indication_source", "indication_id", problems);
		return problems;
	}

	private static void withoutPublisherSource(Connection connection, String table, String key, String link,
			String column, List<ContentProblem> problems) throws SQLException {
		Map<String, Set<String>> urls = ContentSql.multimap(connection, "select x." + key + ", s.url from " + table
				+ " x join " + link + " l on l." + column + " = x.id join source s on s.id = l.source_id");
		urls.entrySet()
			.stream()
			.filter(e -> e.getValue().stream().noneMatch(u -> PublisherHosts.isOn(u, PublisherHosts.ANY_PUBLISHER)))
			.map(Map.Entry::getKey)
			.sorted()
			.forEach(k -> problems
				.add(new ContentProblem(table, k, "has no source on a label, decision or guideline publisher's site ("
						+ String.join(", ", PublisherHosts.ANY_PUBLISHER) + ", https)")));
	}

}
