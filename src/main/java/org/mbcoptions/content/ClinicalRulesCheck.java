package org.mbcoptions.content;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mbcoptions.model.Person;
import org.mbcoptions.model.TherapyCategory;
import org.mbcoptions.model.TreatmentLine;
import org.mbcoptions.rules.ClinicalRules;
import org.mbcoptions.therapy.Companions;

/**
 * {@link ClinicalRules} applied to every indication row at start-up, for each kind of
 * person the row can reach: a woman before menopause, a man, and anyone else. The regimen
 * is resolved exactly as the results page does it (its drugs plus the companions for that
 * person), so a rule an editor breaks here is the rule a patient would otherwise meet
 * broken.
 */
final class ClinicalRulesCheck {

	private ClinicalRulesCheck() {
	}

	private record Row(String code, String therapy, TherapyCategory category, TreatmentLine line, String hr,
			boolean her2Positive, org.mbcoptions.model.MenopauseRequirement menopause,
			org.mbcoptions.model.SexRequirement sex) {
	}

	static List<ContentProblem> problems(Connection connection) throws SQLException {
		Companions.Index companions = new Companions.Index(companionRules(connection));
		Map<String, Set<String>> drugs = ContentSql.multimap(connection, """
				select t.slug, d.name from therapy_drug td join therapy t on t.id = td.therapy_id
				join drug d on d.id = td.drug_id""");
		Map<String, Set<String>> sideEffects = ContentSql.multimap(connection, """
				select t.slug, e.slug from therapy_side_effect te join therapy t on t.id = te.therapy_id
				join side_effect e on e.id = te.side_effect_id""");
		Map<String, Set<String>> needsFound = ContentSql.multimap(connection, """
				select i.code, b.code from indication_biomarker ib join indication i on i.id = ib.indication_id
				join biomarker b on b.id = ib.biomarker_id""");
		Map<String, Set<String>> needsNotFound = ContentSql.multimap(connection, """
				select i.code, b.code from indication_biomarker_absent ib join indication i on i.id = ib.indication_id
				join biomarker b on b.id = ib.biomarker_id""");
		Map<String, Set<String>> warnings = DrugWarningRows.byDrug(connection);

		List<ContentProblem> problems = new ArrayList<>();
		for (Row row : rows(connection)) {
			Set<String> regimenDrugs = drugs.getOrDefault(row.therapy(), Set.of());
			for (ClinicalRules.Person person : peopleReached(row, needsFound.getOrDefault(row.code(), Set.of()),
					needsNotFound.getOrDefault(row.code(), Set.of()))) {
				Set<String> taken = new LinkedHashSet<>(regimenDrugs);
				if (person.premenopausal()) {
					taken.addAll(companions.forRegimen(regimenDrugs, Person.PREMENOPAUSAL));
				}
				if (person.male()) {
					taken.addAll(companions.forRegimen(regimenDrugs, Person.MALE));
				}
				Set<String> added = new LinkedHashSet<>(taken);
				added.removeAll(regimenDrugs);
				ClinicalRules.Regimen regimen = new ClinicalRules.Regimen(row.therapy(), taken, row.line(),
						row.category(), needsFound.getOrDefault(row.code(), Set.of()),
						needsNotFound.getOrDefault(row.code(), Set.of()),
						sideEffects.getOrDefault(row.therapy(), Set.of()), added);
				for (String violation : ClinicalRules.violations(person, regimen, warnings)) {
					ContentProblem problem = new ContentProblem("indication", row.code(),
							"(therapy '" + row.therapy() + "') " + violation);
					if (!problems.contains(problem)) {
						problems.add(problem);
					}
				}
			}
		}
		return problems;
	}

	/**
	 * A woman before menopause and a man, where the row can reach them, and always
	 * someone else.
	 */
	private static List<ClinicalRules.Person> peopleReached(Row row, Set<String> found, Set<String> notFound) {
		List<ClinicalRules.Person> people = new ArrayList<>();
		people.add(new ClinicalRules.Person(false, false, row.her2Positive(), found, notFound));
		if (row.menopause() != org.mbcoptions.model.MenopauseRequirement.POST) {
			people.add(new ClinicalRules.Person(true, false, row.her2Positive(), found, notFound));
		}
		if (row.sex() == org.mbcoptions.model.SexRequirement.ANY
				&& row.menopause() != org.mbcoptions.model.MenopauseRequirement.PRE) {
			people.add(new ClinicalRules.Person(false, true, row.her2Positive(), found, notFound));
		}
		return people;
	}

	private static List<Row> rows(Connection connection) throws SQLException {
		List<Row> rows = new ArrayList<>();
		ContentSql.query(connection, """
				select i.code, t.slug, t.category, i.line, i.hr_status, i.her2_positive, i.menopause, i.sex
				from indication i join therapy t on t.id = i.therapy_id order by i.code""",
				r -> rows.add(new Row(r.getString(1), r.getString(2), TherapyCategory.valueOf(r.getString(3)),
						TreatmentLine.valueOf(r.getString(4)), r.getString(5), r.getBoolean(6),
						org.mbcoptions.model.MenopauseRequirement.valueOf(r.getString(7)),
						org.mbcoptions.model.SexRequirement.valueOf(r.getString(8)))));
		return rows;
	}

	private static List<Companions.Rule> companionRules(Connection connection) throws SQLException {
		List<Companions.Rule> rules = new ArrayList<>();
		ContentSql.query(connection, """
				select d.name, c.person, cd.name, s.title, s.url from drug_companion c
				join drug d on d.id = c.drug_id join drug cd on cd.id = c.companion_drug_id
				join source s on s.id = c.source_id""", r -> rules.add(new Companions.Rule(r.getString(1),
				Person.valueOf(r.getString(2)), r.getString(3), r.getString(4), r.getString(5))));
		return rules;
	}

}
