package org.mbcoptions.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mbcoptions.model.TherapyCategory;
import org.mbcoptions.model.TreatmentLine;

/**
 * The clinical rules every listed option must keep, written once: the table-driven test
 * applies them to every answer the results page can give, and the start-up content check
 * applies them to every indication row, so an editor meets the same rule, naming the
 * script and the row, before a patient could.
 *
 * <ul>
 * <li>Before menopause, an aromatase inhibitor or fulvestrant is given with ovarian
 * suppression (Kisqali, Ibrance and Verzenio labels; ESMO and NICE CG81).</li>
 * <li>In men, an aromatase inhibitor is given with a GnRH agent (ASCO male breast cancer
 * guideline, 2020).</li>
 * <li>For HER2-positive cancer, chemotherapy as a first treatment comes with a HER2 drug
 * (ESMO, NCCN).</li>
 * <li>Nothing needs a biomarker that was tested and not found, or the absence of one that
 * was found.</li>
 * <li>Every regimen lists the label warnings of each of its own drugs. A companion added
 * for the person (a GnRH agent) is not one of them: its warnings are shown with it, where
 * the therapy page says what is given with the regimen, and on its own page.</li>
 * </ul>
 */
public final class ClinicalRules {

	public static final Set<String> AROMATASE_INHIBITORS = Set.of("letrozole", "anastrozole", "exemestane");

	/**
	 * Hormone drugs that only work before menopause when the ovaries are switched off.
	 */
	public static final Set<String> NEED_OVARIAN_SUPPRESSION = Set.of("letrozole", "anastrozole", "exemestane",
			"fulvestrant");

	/**
	 * LHRH (GnRH) agonists: ovarian suppression in women, testosterone suppression in
	 * men.
	 */
	public static final Set<String> GNRH_AGENTS = Set.of("goserelin", "leuprorelin");

	private ClinicalRules() {
	}

	/** Who the option is for, as far as the rules need to know. */
	public record Person(boolean premenopausal, boolean male, boolean her2Positive, Set<String> found,
			Set<String> notFound) {

		public Person {
			found = Set.copyOf(found);
			notFound = Set.copyOf(notFound);
		}

	}

	/**
	 * An option as the person would take it: its drugs (with any companion added for
	 * them), line, kind, the biomarkers it needs found or not found, the side effects it
	 * lists, and which of its drugs are companions added for this person.
	 */
	public record Regimen(String name, Collection<String> drugs, TreatmentLine line, TherapyCategory category,
			Collection<String> needsFound, Collection<String> needsNotFound, Collection<String> sideEffects,
			Collection<String> companions) {

		public Regimen {
			drugs = List.copyOf(drugs);
			needsFound = List.copyOf(needsFound);
			needsNotFound = List.copyOf(needsNotFound);
			sideEffects = List.copyOf(sideEffects);
			companions = List.copyOf(companions);
		}

		/** A regimen with no companion added. */
		public Regimen(String name, Collection<String> drugs, TreatmentLine line, TherapyCategory category,
				Collection<String> needsFound, Collection<String> needsNotFound, Collection<String> sideEffects) {
			this(name, drugs, line, category, needsFound, needsNotFound, sideEffects, List.of());
		}

	}

	/**
	 * What is wrong with offering this regimen to this person, in words an editor can act
	 * on; empty when nothing. {@code labelWarnings} maps a drug to the side-effect slugs
	 * its label warns of.
	 */
	public static List<String> violations(Person person, Regimen regimen, Map<String, Set<String>> labelWarnings) {
		List<String> problems = new ArrayList<>();
		boolean hasGnrh = !Collections.disjoint(regimen.drugs(), GNRH_AGENTS);
		if (person.premenopausal() && !Collections.disjoint(regimen.drugs(), NEED_OVARIAN_SUPPRESSION) && !hasGnrh) {
			problems.add("before menopause, an aromatase inhibitor or fulvestrant needs ovarian suppression "
					+ "(add a drug_companion row for PREMENOPAUSAL)");
		}
		if (person.male() && !Collections.disjoint(regimen.drugs(), AROMATASE_INHIBITORS) && !hasGnrh) {
			problems.add("in men, an aromatase inhibitor needs a GnRH agent (add a drug_companion row for MALE)");
		}
		if (person.her2Positive() && regimen.category() == TherapyCategory.CHEMOTHERAPY
				&& regimen.line() != TreatmentLine.LATER) {
			problems.add("for HER2-positive cancer, chemotherapy as a first treatment needs a HER2 drug: "
					+ "set her2_positive to FALSE or make it a later line");
		}
		regimen.needsFound()
			.stream()
			.filter(person.notFound()::contains)
			.forEach(code -> problems.add("needs " + code + ", which was tested and not found"));
		regimen.needsNotFound()
			.stream()
			.filter(person.found()::contains)
			.forEach(code -> problems.add("needs no " + code + ", but " + code + " was found"));
		for (String drug : regimen.drugs()) {
			if (regimen.companions().contains(drug)) {
				continue;
			}
			for (String warning : labelWarnings.getOrDefault(drug, Set.of())) {
				if (!regimen.sideEffects().contains(warning)) {
					problems.add("does not list " + warning + ", a warning on the label of " + drug);
				}
			}
		}
		return problems;
	}

}
