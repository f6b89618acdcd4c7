package org.mbcoptions.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mbcoptions.model.TherapyCategory;
import org.mbcoptions.model.TreatmentLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each clinical rule on its own: it objects to the unsafe regimen and accepts the
 * complete one.
 */
class ClinicalRulesTest {

	private static final ClinicalRules.Person WOMAN_BEFORE_MENOPAUSE = person(true, false, false, Set.of(), Set.of());

	private static final ClinicalRules.Person MAN = person(false, true, false, Set.of(), Set.of());

	private static final ClinicalRules.Person HER2_POSITIVE = person(false, false, true, Set.of(), Set.of());

	@Test
	void beforeMenopauseAnAromataseInhibitorOrFulvestrantNeedsOvarianSuppression() {
		assertThat(violations(WOMAN_BEFORE_MENOPAUSE, hormone("ribociclib", "letrozole"))).singleElement()
			.asString()
			.contains("ovarian suppression");
		assertThat(violations(WOMAN_BEFORE_MENOPAUSE, hormone("palbociclib", "fulvestrant"))).hasSize(1);
		assertThat(violations(WOMAN_BEFORE_MENOPAUSE, hormone("ribociclib", "letrozole", "goserelin"))).isEmpty();
		assertThat(violations(WOMAN_BEFORE_MENOPAUSE, hormone("tamoxifen"))).isEmpty();
	}

	@Test
	void inMenAnAromataseInhibitorNeedsAGnrhAgentButFulvestrantDoesNot() {
		assertThat(violations(MAN, hormone("anastrozole"))).singleElement().asString().contains("GnRH agent");
		assertThat(violations(MAN, hormone("anastrozole", "leuprorelin"))).isEmpty();
		assertThat(violations(MAN, hormone("fulvestrant"))).isEmpty();
		assertThat(violations(person(false, false, false, Set.of(), Set.of()), hormone("anastrozole"))).isEmpty();
	}

	@Test
	void forHer2PositiveCancerChemotherapyFirstNeedsAHer2Drug() {
		assertThat(violations(HER2_POSITIVE, regimen(TherapyCategory.CHEMOTHERAPY, TreatmentLine.FIRST))).hasSize(1);
		assertThat(violations(HER2_POSITIVE, regimen(TherapyCategory.CHEMOTHERAPY, TreatmentLine.ANY))).hasSize(1);
		assertThat(violations(HER2_POSITIVE, regimen(TherapyCategory.CHEMOTHERAPY, TreatmentLine.LATER))).isEmpty();
		assertThat(violations(HER2_POSITIVE, regimen(TherapyCategory.HER2_TARGETED, TreatmentLine.FIRST))).isEmpty();
	}

	@Test
	void aNegativeResultRulesOutWhatNeedsTheBiomarkerAndAFoundOneWhatNeedsItsAbsence() {
		ClinicalRules.Regimen needsPik3ca = new ClinicalRules.Regimen("x", List.of("alpelisib"), TreatmentLine.LATER,
				TherapyCategory.TARGETED_THERAPY, List.of("PIK3CA"), List.of(), List.of());
		ClinicalRules.Regimen needsNoPik3ca = new ClinicalRules.Regimen("y", List.of("gedatolisib"),
				TreatmentLine.LATER, TherapyCategory.TARGETED_THERAPY, List.of(), List.of("PIK3CA"), List.of());
		ClinicalRules.Person tested = person(false, false, false, Set.of(), Set.of("PIK3CA"));
		ClinicalRules.Person found = person(false, false, false, Set.of("PIK3CA"), Set.of());
		assertThat(violations(tested, needsPik3ca)).hasSize(1);
		assertThat(violations(tested, needsNoPik3ca)).isEmpty();
		assertThat(violations(found, needsNoPik3ca)).hasSize(1);
		assertThat(violations(found, needsPik3ca)).isEmpty();
	}

	@Test
	void everyRegimenListsTheLabelWarningsOfEachOfItsDrugs() {
		Map<String, Set<String>> warnings = Map.of("capecitabine", Set.of("dpd-deficiency"));
		ClinicalRules.Regimen without = new ClinicalRules.Regimen("x", List.of("tucatinib", "capecitabine"),
				TreatmentLine.LATER, TherapyCategory.HER2_TARGETED, List.of(), List.of(), List.of("diarrhoea"));
		ClinicalRules.Regimen with = new ClinicalRules.Regimen("x", List.of("tucatinib", "capecitabine"),
				TreatmentLine.LATER, TherapyCategory.HER2_TARGETED, List.of(), List.of(), List.of("dpd-deficiency"));
		assertThat(ClinicalRules.violations(HER2_POSITIVE, without, warnings)).singleElement()
			.asString()
			.contains("dpd-deficiency", "capecitabine");
		assertThat(ClinicalRules.violations(HER2_POSITIVE, with, warnings)).isEmpty();
	}

	@Test
	void aCompanionsWarningsAreShownWithItSoTheRegimenNeedNotListThem() {
		Map<String, Set<String>> warnings = Map.of("goserelin", Set.of("depression"), "letrozole",
				Set.of("bone-thinning"));
		ClinicalRules.Person before = person(true, false, false, Set.of(), Set.of());
		ClinicalRules.Regimen withCompanion = new ClinicalRules.Regimen("x", List.of("letrozole", "goserelin"),
				TreatmentLine.FIRST, TherapyCategory.HORMONE_THERAPY, List.of(), List.of(), List.of("bone-thinning"),
				List.of("goserelin"));
		ClinicalRules.Regimen ownDrug = new ClinicalRules.Regimen("y", List.of("letrozole", "goserelin"),
				TreatmentLine.FIRST, TherapyCategory.HORMONE_THERAPY, List.of(), List.of(), List.of("bone-thinning"));
		assertThat(ClinicalRules.violations(before, withCompanion, warnings)).isEmpty();
		assertThat(ClinicalRules.violations(before, ownDrug, warnings)).singleElement()
			.asString()
			.contains("depression", "goserelin");
	}

	private static List<String> violations(ClinicalRules.Person person, ClinicalRules.Regimen regimen) {
		return ClinicalRules.violations(person, regimen, Map.of());
	}

	private static ClinicalRules.Regimen hormone(String... drugs) {
		return new ClinicalRules.Regimen("r", List.of(drugs), TreatmentLine.FIRST, TherapyCategory.HORMONE_THERAPY,
				List.of(), List.of(), List.of());
	}

	private static ClinicalRules.Regimen regimen(TherapyCategory category, TreatmentLine line) {
		return new ClinicalRules.Regimen("r", List.of("gemcitabine", "paclitaxel"), line, category, List.of(),
				List.of(), List.of());
	}

	private static ClinicalRules.Person person(boolean pre, boolean male, boolean her2Positive, Set<String> found,
			Set<String> notFound) {
		return new ClinicalRules.Person(pre, male, her2Positive, found, notFound);
	}

}
