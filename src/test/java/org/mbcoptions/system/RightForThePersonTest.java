package org.mbcoptions.system;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The regimens as the person who asked would take them, through the public API and pages:
 * before menopause, for a man, for HER2-positive cancer and after a negative test, and
 * the label warnings on the therapy pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RightForThePersonTest {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void beforeMenopauseEveryAromataseInhibitorOrFulvestrantRegimenHoldsOvarianSuppression() {
		assertThat(mvc.get().uri("/api/options?hr=positive&her2=zero&menopause=pre&sex=female")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.options[?(@.slug=='ribociclib-aromatase-inhibitor')].name",
					v -> v.assertThat()
						.asArray()
						.containsExactly("Ribociclib with an aromatase inhibitor, with ovarian suppression"))
			.hasPathSatisfying("$.options[?(@.slug=='ribociclib-aromatase-inhibitor')].drugs[*]",
					v -> v.assertThat().asArray().contains("letrozole", "goserelin", "leuprorelin"))
			.hasPathSatisfying("$.options[?(@.slug=='palbociclib-fulvestrant')].drugs[*]",
					v -> v.assertThat().asArray().contains("fulvestrant", "goserelin"))
			.hasPathSatisfying("$.options[*].slug",
					v -> v.assertThat()
						.asArray()
						.doesNotContain("ovarian-suppression", "aromatase-inhibitor", "everolimus-exemestane"));
	}

	@Test
	void withMenopauseNotGivenTheOptionSaysWhatIsAddedBeforeMenopause() {
		assertThat(mvc.get().uri("/api/options?hr=positive&her2=zero")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.options[?(@.slug=='ribociclib-aromatase-inhibitor')].name",
					v -> v.assertThat().asArray().containsExactly("Ribociclib with an aromatase inhibitor"))
			.hasPathSatisfying("$.options[?(@.slug=='ribociclib-aromatase-inhibitor')].notes[*]",
					v -> v.assertThat()
						.asArray()
						.anySatisfy(n -> assertThat(n).asString().startsWith("Before menopause"))
						.anySatisfy(n -> assertThat(n).asString().startsWith("In men")));
	}

	@Test
	void aManGetsAnAromataseInhibitorWithAGnrhAgentAndNothingLabelledForWomenOnly() {
		assertThat(mvc.get().uri("/api/options?hr=positive&her2=zero&sex=male&menopause=post")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.profile.menopause", v -> v.assertThat().isEqualTo("unknown"))
			.hasPathSatisfying("$.options[?(@.slug=='aromatase-inhibitor')].name",
					v -> v.assertThat()
						.asArray()
						.isNotEmpty()
						.containsOnly("An aromatase inhibitor on its own, with a GnRH agent"))
			.hasPathSatisfying("$.options[?(@.slug=='abemaciclib-aromatase-inhibitor')].drugs[*]",
					v -> v.assertThat().asArray().contains("goserelin", "leuprorelin"))
			.hasPathSatisfying("$.options[?(@.slug=='fulvestrant')].drugs[*]",
					v -> v.assertThat().asArray().contains("fulvestrant").doesNotContain("goserelin", "leuprorelin"))
			.hasPathSatisfying("$.options[*].slug",
					v -> v.assertThat().asArray().doesNotContain("everolimus-exemestane"));
	}

	@Test
	void her2PositiveFirstTreatmentsAllHoldAHer2Drug() {
		assertThat(mvc.get().uri("/api/options?hr=negative&her2=positive")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.options[?(@.line=='first' || @.line=='any')].category",
					v -> v.assertThat().asArray().doesNotContain("chemotherapy"))
			.hasPathSatisfying("$.options[*].slug",
					v -> v.assertThat()
						.asArray()
						.contains("pertuzumab-trastuzumab-docetaxel")
						.doesNotContain("gemcitabine-paclitaxel"));
	}

	@Test
	void forHer2PositiveCancerHormoneTherapyAloneComesAfterTheHer2OptionsAndIsForSomePeople() throws Exception {
		String page = mvc.get().uri("/options?hr=positive&her2=positive").exchange().getResponse().getContentAsString();
		int usual = page.indexOf("id=\"group-usual\"");
		int her2 = page.indexOf("data-slug=\"pertuzumab-trastuzumab-docetaxel\"");
		int somePeople = page.indexOf("id=\"group-some_people\"");
		int hormoneOnly = page.indexOf("data-slug=\"aromatase-inhibitor\"");
		assertThat(usual).isPositive().isLessThan(her2);
		assertThat(somePeople).isGreaterThan(her2).isLessThan(hormoneOnly);
		assertThat(mvc.get().uri("/api/options?hr=positive&her2=positive")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.options[?(@.slug=='tamoxifen')].preference",
					v -> v.assertThat().asArray().isNotEmpty().containsOnly("some-people"))
			.hasPathSatisfying("$.options[?(@.slug=='tamoxifen')].guideline.url",
					v -> v.assertThat().asArray().containsOnly("https://ascopubs.org/doi/10.1200/JCO.22.00519"))
			.hasPathSatisfying("$.options[?(@.slug=='pertuzumab-trastuzumab-docetaxel')].preference",
					v -> v.assertThat().asArray().containsOnly("preferred"));
	}

	@Test
	void theHer2PositiveHandoutSaysWhichOptionsNeedHormoneReceptors() {
		assertThat(mvc.get().uri("/subtypes/her2-positive/print")).hasStatusOk()
			.bodyText()
			.containsPattern(
					"Lapatinib with letrozole</span>(<span>[*†]+</span>)?<span\\s+class=\"hr-only\"> \\(HR-positive only\\)")
			.contains("id=\"companion-legend\"");
		assertThat(mvc.get().uri("/subtypes/her2-positive")).hasStatusOk()
			.bodyText()
			.contains("Only for hormone receptor-positive cancer.");
	}

	@Test
	void theHer2NegativePagesSayWhichOptionsNeedHer2LowOrUltralow() {
		assertThat(mvc.get().uri("/subtypes/hr-positive-her2-negative")).hasStatusOk()
			.bodyText()
			.containsPattern(
					"data-slug=\"trastuzumab-deruxtecan\"(?s:(?!</li>).)*Only for HER2-low or HER2-ultralow cancer\\.");
		assertThat(mvc.get().uri("/subtypes/hr-positive-her2-negative/print")).hasStatusOk()
			.bodyText()
			.containsPattern("Trastuzumab deruxtecan</strong>(?s:(?!</li>).)*HER2-low or HER2-ultralow only\\.");
		// An option that fits every HER2-negative cancer carries no such line.
		assertThat(mvc.get().uri("/subtypes/hr-positive-her2-negative")).hasStatusOk()
			.bodyText()
			.doesNotContainPattern("data-slug=\"fulvestrant\"(?s:(?!</li>).)*Only for HER2");
	}

	@Test
	void cardsNameTheBrandHowItIsGivenAndTheSideEffectsMostPeopleNotice() {
		assertThat(mvc.get().uri("/api/options?hr=positive&her2=low")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.options[?(@.slug=='trastuzumab-deruxtecan')].brandNames[0]",
					v -> v.assertThat().asArray().contains("Enhertu"))
			.hasPathSatisfying("$.options[?(@.slug=='trastuzumab-deruxtecan')].route",
					v -> v.assertThat().asArray().allSatisfy(r -> assertThat(r).asString().contains("Drip")))
			.hasPathSatisfying("$.options[?(@.slug=='trastuzumab-deruxtecan')].commonSideEffects.length()",
					v -> v.assertThat().asArray().allSatisfy(n -> assertThat((Integer) n).isBetween(2, 3)));
		assertThat(mvc.get().uri("/options?hr=positive&her2=low")).hasStatusOk()
			.bodyText()
			.contains(">Trastuzumab deruxtecan (Enhertu)</a>")
			.contains("Side effects most people notice");
	}

	@Test
	void withHrOrHer2NotKnownTheResultsSayWhatToFindOutFirstAndWhere() {
		assertThat(mvc.get().uri("/options?biomarker=ESR1")).hasStatusOk()
			.bodyText()
			.contains("id=\"find-out-first\"")
			.contains("data-test=\"HR\"")
			.contains("data-test=\"HER2\"")
			.containsPattern("HER2 status: knowing it could open \\d+ more options")
			.contains("pathology report");
		assertThat(mvc.get().uri("/options?hr=positive&her2=zero")).hasStatusOk()
			.bodyText()
			.doesNotContain("id=\"find-out-first\"");
		assertThat(mvc.get().uri("/options")).hasStatusOk()
			.bodyText()
			.contains("choose what you know under")
			.contains("href=\"#profile-form\"");
	}

	@Test
	void ovarianSuppressionIsShownAsAddedToHormoneDrugsNotAsATreatmentOfItsOwn() {
		assertThat(mvc.get().uri("/therapies/ovarian-suppression")).hasStatusOk()
			.bodyText()
			.contains("id=\"given-alongside\"")
			.contains("Before menopause, it is added to: anastrozole, exemestane, fulvestrant, letrozole.")
			.contains("In men, it is added to: anastrozole, exemestane, letrozole.")
			.doesNotContain("When it is used");
	}

	@Test
	void compareSaysWhichTreatmentWasNotFoundAndKeepsTheRest() {
		assertThat(mvc.get().uri("/compare?options=nope&options=tamoxifen&options=fulvestrant"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("We could not find a treatment called &quot;nope&quot;")
			.contains("href=\"/therapies\"")
			.contains("data-slug=\"tamoxifen\"")
			.doesNotContain("Allowed values")
			.doesNotContain("ribociclib-aromatase-inhibitor, ");
		assertThat(mvc.get().uri("/compare?options=" + "<b>x</b>".repeat(30))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.doesNotContain("<b>x</b>");
		assertThat(mvc.get()
			.uri("/compare?options=tamoxifen&options=fulvestrant&options=olaparib&options=talazoparib"
					+ "&options=eribulin"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("We kept the first four you chose")
			.contains("data-slug=\"talazoparib\"")
			.doesNotContain("data-slug=\"eribulin\"");
	}

	@Test
	void compareLinksBackToTheResultsItCameFromAndIgnoresAnswersItCannotRead() {
		assertThat(mvc.get()
			.uri("/compare?options=tamoxifen&options=fulvestrant&from={from}", "hr=positive&her2=zero&sex=male"))
			.hasStatusOk()
			.bodyText()
			.contains("id=\"back-to-results\"")
			.contains("href=\"/options?hr=positive&amp;her2=zero&amp;sex=male\"");
		assertThat(mvc.get().uri("/compare?options=tamoxifen&options=fulvestrant&from={from}", "hr=maybe"))
			.hasStatusOk()
			.bodyText()
			.doesNotContain("id=\"back-to-results\"");
		assertThat(mvc.get().uri("/compare?options=tamoxifen&options=fulvestrant&from={from}", "javascript:alert(1)"))
			.hasStatusOk()
			.bodyText()
			.doesNotContain("javascript:");
	}

	@Test
	void treatmentHistoryMovesUpWhatItOpensAndClosesFirstLineUsesThePersonIsPast() throws Exception {
		String had = "hr=positive&her2=zero&menopause=post&had=endocrine&had=cdk46";
		assertThat(mvc.get().uri("/api/options?" + had)).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.profile.had", v -> v.assertThat().asArray().containsExactly("endocrine", "cdk46"))
			.hasPathSatisfying("$.options[?(@.slug=='ribociclib-aromatase-inhibitor')].earlier",
					v -> v.assertThat().asArray().containsOnly(true))
			.hasPathSatisfying("$.options[?(@.slug=='fulvestrant' && @.line=='later')].priorTreatment",
					v -> v.assertThat().asArray().containsOnly("met"))
			.hasPathSatisfying("$.options[?(@.slug=='docetaxel')].priorTreatment",
					v -> v.assertThat().asArray().containsOnly("not-met"));
		assertThat(mvc.get().uri("/api/options?hr=positive&her2=zero&menopause=post")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.options[?(@.slug=='fulvestrant' && @.line=='later')].priorTreatment",
					v -> v.assertThat().asArray().containsOnly("unknown"))
			.hasPathSatisfying("$.options[*].earlier", v -> v.assertThat().asArray().containsOnly(false));

		String page = mvc.get().uri("/options?" + had).exchange().getResponse().getContentAsString();
		assertThat(page).contains("id=\"summary-after-history\"",
				"<section class=\"option-group\" id=\"group-after_history\"",
				"<details class=\"option-group\" id=\"group-earlier\"");
		int earlier = page.indexOf("id=\"group-earlier\"");
		assertThat(page.indexOf("data-slug=\"ribociclib-aromatase-inhibitor\"", earlier)).isPositive();
		assertThat(page.indexOf("data-slug=\"abemaciclib-fulvestrant\"")).isLessThan(earlier);
		assertThat(mvc.get().uri("/options?had=tamoxifen")).hasStatus(400);

		// A label that asks for a treatment given for the spread cancer only cannot be
		// "met" by a `had` answer,
		// which also covers treatment after surgery; one that accepts either can.
		assertThat(mvc.get().uri("/api/options?hr=negative&her2=positive&had=trastuzumab&had=taxane")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.options[?(@.slug=='tucatinib-trastuzumab-capecitabine')].priorTreatment",
					v -> v.assertThat().asArray().containsOnly("unknown"))
			.hasPathSatisfying("$.options[?(@.slug=='trastuzumab-emtansine')].priorTreatment",
					v -> v.assertThat().asArray().containsOnly("met"));
	}

	@Test
	void theEmergencyBoxIsOnEveryPageWhereItAppliesWithItsSources() {
		for (String uri : List.of("/options?hr=positive&her2=zero", "/compare?options=docetaxel&options=paclitaxel",
				"/subtypes/triple-negative/print", "/subtypes/hr-positive-her2-negative/print",
				"/therapies/docetaxel")) {
			assertThat(mvc.get().uri(uri)).as(uri)
				.hasStatusOk()
				.bodyText()
				.contains("id=\"emergency\"", "38 °C", "below 36 °C", "Do not wait until the morning",
						"Numbness or weakness", "https://www.nice.org.uk/guidance/cg151/",
						"https://www.nice.org.uk/guidance/ng234/", "Your 24-hour line:");
		}
		// A hormone tablet that does not lower white blood cells does not carry it.
		assertThat(mvc.get().uri("/therapies/tamoxifen")).hasStatusOk().bodyText().doesNotContain("id=\"emergency\"");
	}

	@Test
	void countsUseTheRightPlural() {
		assertThat(mvc.get().uri("/search?q=enhertu")).hasStatusOk().bodyText().doesNotContainPattern("\\b1 results");
		assertThat(mvc.get().uri("/options?hr=positive&her2=zero")).hasStatusOk()
			.bodyText()
			.containsPattern("\\d+ treatments may fit");
	}

	@Test
	void aNegativeTestRulesOutWhatNeedsItAndIsNoLongerSuggested() {
		assertThat(mvc.get().uri("/api/options?hr=positive&her2=zero&menopause=post&notFound=PIK3CA")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.profile.notFound", v -> v.assertThat().asArray().containsExactly("PIK3CA"))
			.hasPathSatisfying("$.options[*].slug",
					v -> v.assertThat()
						.asArray()
						.doesNotContain("alpelisib-fulvestrant", "inavolisib-palbociclib-fulvestrant"))
			.hasPathSatisfying("$.testsToConsider[*].test", v -> v.assertThat().asArray().doesNotContain("PIK3CA"))
			.hasPathSatisfying("$.recentApprovals[?(@.name=='Gedatolisib')].fitsAnswers",
					v -> v.assertThat().asArray().containsExactly(true));
		assertThat(mvc.get().uri("/api/options?hr=positive&her2=zero&biomarker=PIK3CA")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.recentApprovals[*].name",
					v -> v.assertThat().asArray().doesNotContain("Gedatolisib"));
	}

	@Test
	void theFormsPerTestAnswersRedirectToTheShortAddress() {
		assertThat(mvc.get().uri("/options?hr=positive&result.ESR1=found&result.PIK3CA=notFound&result.AKT1="))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/options?hr=positive&her2=unknown&biomarker=ESR1&notFound=PIK3CA&menopause=unknown");
		assertThat(mvc.get().uri("/options?biomarker=ESR1&notFound=ESR1")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("both found and not found");
		assertThat(mvc.get().uri("/api/options?biomarker=ESR1&notFound=ESR1")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.parameter", v -> v.assertThat().isEqualTo("notFound"));
	}

	@Test
	void theChemotherapiesAddedLaterShowTheirBoxedWarnings() {
		assertThat(mvc.get().uri("/therapies/pegylated-liposomal-doxorubicin")).hasStatusOk()
			.bodyText()
			.contains("data-warning=\"heart-problems\"", "data-warning=\"infusion-reaction\"", "Boxed warning",
					"A heart scan before starting, during treatment and after it.");
		assertThat(mvc.get().uri("/therapies/ixabepilone")).hasStatusOk()
			.bodyText()
			.contains("data-warning=\"low-white-blood-cells\"", "Blood tests of your liver before starting");
		for (String holdsVinorelbine : new String[] { "vinorelbine", "margetuximab-chemotherapy" }) {
			assertThat(mvc.get().uri("/therapies/" + holdsVinorelbine)).hasStatusOk()
				.bodyText()
				.contains("data-warning=\"low-white-blood-cells\"");
		}
		for (String holdsCarboplatin : new String[] { "carboplatin", "pembrolizumab-chemotherapy" }) {
			assertThat(mvc.get().uri("/therapies/" + holdsCarboplatin)).hasStatusOk()
				.bodyText()
				.contains("data-warning=\"allergic-reaction\"", "data-warning=\"low-platelets\"");
		}
	}

	@Test
	void pegylatedLiposomalDoxorubicinShowsTheWarningsOfItsEuLeafletBesideTheUsBoxedOnes() {
		// The EU licence is the one this therapy rests on; its leaflet warns of lung
		// inflammation, harm in pregnancy and mouth sores.
		assertThat(mvc.get().uri("/therapies/pegylated-liposomal-doxorubicin")).hasStatusOk()
			.bodyText()
			.contains("data-warning=\"lung-inflammation\"", "data-warning=\"harm-in-pregnancy\"",
					"data-warning=\"mouth-sores\"", "ema.europa.eu/en/medicines/human/EPAR/caelyx-pegylated-liposomal");
	}

	@Test
	void theTaxanesShowTheWarningsOfTheirEuLeaflets() {
		for (String holdsDocetaxel : new String[] { "docetaxel", "pertuzumab-trastuzumab-docetaxel" }) {
			assertThat(mvc.get().uri("/therapies/" + holdsDocetaxel)).hasStatusOk()
				.bodyText()
				.contains("data-warning=\"diarrhoea\"", "data-warning=\"eye-problems\"",
						"data-warning=\"lung-inflammation\"", "data-warning=\"severe-skin-reaction\"",
						"ema.europa.eu/en/medicines/human/EPAR/taxotere");
		}
		for (String holdsNabPaclitaxel : new String[] { "nab-paclitaxel", "pembrolizumab-chemotherapy" }) {
			assertThat(mvc.get().uri("/therapies/" + holdsNabPaclitaxel)).hasStatusOk()
				.bodyText()
				.contains("data-warning=\"infection\"", "data-warning=\"lung-inflammation\"",
						"ema.europa.eu/en/medicines/human/EPAR/abraxane");
		}
	}

	@Test
	void theBoneAndTargetedDrugsSayWhichTestsComeFirst() {
		assertThat(mvc.get().uri("/therapies/talazoparib")).hasStatusOk()
			.bodyText()
			.contains("id=\"tests-before\"", "A pregnancy test before starting, if you could become pregnant.",
					"data-warning=\"blood-cancer\"");
		assertThat(mvc.get().uri("/therapies/larotrectinib")).hasStatusOk()
			.bodyText()
			.contains("Blood tests of your liver before starting and during treatment.");
		assertThat(mvc.get().uri("/therapies/dabrafenib-trametinib")).hasStatusOk()
			.bodyText()
			.contains("A check of how well your heart works, before starting and during treatment.",
					"data-warning=\"bleeding\"", "data-warning=\"fever\"", "data-warning=\"eye-problems\"",
					"data-warning=\"high-blood-pressure\"", "data-warning=\"severe-skin-reaction\"");
		assertThat(mvc.get().uri("/therapies/denosumab")).hasStatusOk()
			.bodyText()
			.contains("Low blood calcium is treated before you start.",
					"A dental check may be advised before you start.");
		assertThat(mvc.get().uri("/therapies/zoledronic-acid")).hasStatusOk()
			.bodyText()
			.contains("Low blood calcium is corrected before the first dose.");
	}

	@Test
	void therapyPagesShowTheirLabelWarningsAndTestsBeforeStarting() {
		assertThat(mvc.get().uri("/therapies/capecitabine")).hasStatusOk()
			.bodyText()
			.contains("id=\"label-warnings\"")
			.contains("Severe reactions if your body lacks the DPD enzyme")
			.contains("Boxed warning")
			.contains("id=\"tests-before\"")
			.contains("A blood test for changes in the DPYD")
			.contains("https://www.ema.europa.eu/en/news/ema-recommendations-dpd-testing");
		assertThat(mvc.get().uri("/therapies/tucatinib-trastuzumab-capecitabine")).hasStatusOk()
			.bodyText()
			.contains("data-warning=\"dpd-deficiency\"")
			.contains("data-warning=\"heart-problems\"");
		assertThat(mvc.get().uri("/therapies/trastuzumab-emtansine")).hasStatusOk()
			.bodyText()
			.contains("data-warning=\"heart-problems\"")
			.contains("data-warning=\"liver-problems\"");
		for (String cdk46 : new String[] { "ribociclib-aromatase-inhibitor", "palbociclib-fulvestrant",
				"abemaciclib-fulvestrant", "abemaciclib" }) {
			assertThat(mvc.get().uri("/therapies/" + cdk46)).hasStatusOk()
				.bodyText()
				.contains("data-warning=\"lung-inflammation\"");
		}
		assertThat(mvc.get().uri("/therapies/ribociclib-aromatase-inhibitor")).hasStatusOk()
			.bodyText()
			.contains("id=\"given-with\"")
			.contains("Before menopause: with a jab that stops the ovaries working (goserelin or leuprorelin)")
			.contains("In men: with a GnRH agent");
	}

}
