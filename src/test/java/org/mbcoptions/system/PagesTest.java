package org.mbcoptions.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page and JSON endpoint on the real catalogue, including bad input. */
@SpringBootTest
@AutoConfigureMockMvc
class PagesTest {

	@Autowired
	private MockMvcTester mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/options", "/options?hr=negative&her2=low&biomarker=PD-L1&site=brain",
			"/therapies", "/therapies?q=kisqali", "/therapies/trastuzumab-deruxtecan", "/drug-classes",
			"/drug-classes/cdk4-6-inhibitor", "/side-effects", "/side-effects/fatigue", "/biomarkers",
			"/biomarkers/pik3ca", "/subtypes", "/subtypes/hr-positive-her2-negative", "/subtypes/her2-positive",
			"/subtypes/triple-negative", "/subtypes/her2-positive/print", "/editors/review", "/topics",
			"/topics/radiotherapy", "/topics/palliative-care", "/topics/men-with-breast-cancer", "/about",
			"/search?q=fulvestrant", "/compare", "/glossary", "/compare?options=elacestrant&options=imlunestrant",
			"/recent-approvals" })
	void everyPageRenders(String path) {
		assertThat(mvc.get().uri(path)).hasStatusOk().bodyText().contains("<main id=\"main\"").doesNotContain("??");
	}

	@Test
	void homeSaysWhatThisIsAndThatTheCareTeamAdvises() {
		assertThat(mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("Secondary breast cancer has spread").contains("metastatic or stage 4")
			.contains("It is not advice")
			.contains("id=\"profile-form\"");
	}

	@Test
	void therapyPageShowsHowGivenSideEffectsUsesAndSources() {
		assertThat(mvc.get().uri("/therapies/trastuzumab-deruxtecan")).hasStatusOk()
			.bodyText()
			.contains("Enhertu")
			.contains("Lung inflammation")
			.contains("HER2-low")
			.contains("fda.gov")
			.contains("Last reviewed");
	}

	@Test
	void handoutHasTheSubtypeQuestionsVersionAndAQrCode() {
		assertThat(mvc.get().uri("/subtypes/triple-negative/print")).hasStatusOk()
			.bodyText()
			.contains("Triple-negative: treatment options")
			.contains("Questions to ask your care team")
			.contains("Content version V")
			.contains("Last reviewed")
			.contains("localhost/subtypes/triple-negative")
			.contains("<svg");
	}

	@Test
	void subtypePageLinksToItsPrintableSummary() {
		assertThat(mvc.get().uri("/subtypes/her2-positive")).hasStatusOk()
			.bodyText()
			.contains("href=\"/subtypes/her2-positive/print\"")
			.contains("Print this summary");
	}

	@Test
	void therapyPageShowsApprovalStatusByRegion() {
		assertThat(mvc.get().uri("/therapies/trastuzumab-deruxtecan-pertuzumab")).hasStatusOk()
			.bodyText()
			.contains("Approval status")
			.contains("United States (FDA)")
			.contains("15 Dec 2025")
			.contains("https://www.fda.gov/drugs/drug-approvals-and-databases/fda-approves-fam-trastuzumab-deruxtecan");
		assertThat(mvc.get().uri("/therapies/talazoparib")).hasStatusOk()
			.bodyText()
			.contains("European Union (EMA)")
			.contains("20 Jun 2019");
	}

	@Test
	void everyApprovalLinksToItsRegulatorsOwnSite() {
		assertThat(mvc.get().uri("/therapies/ribociclib-aromatase-inhibitor")).hasStatusOk()
			.bodyText()
			.contains("Approval status")
			.doesNotContain("lbbc.org")
			.doesNotContain("href=\"http://");
	}

	@Test
	void resultsForCancerInTheBoneLinkToBoneCare() {
		assertThat(mvc.get().uri("/options?hr=positive&her2=zero&site=bone")).hasStatusOk()
			.bodyText()
			.contains("id=\"site-topics\"")
			.contains("/topics/bone-metastases-surgery");
		assertThat(mvc.get().uri("/options?hr=positive&her2=zero&site=liver")).hasStatusOk()
			.bodyText()
			.doesNotContain("/topics/bone-metastases-surgery");
	}

	@Test
	void searchFindsABrandNameWithATypoAndASideEffect() {
		assertThat(mvc.get().uri("/search?q=enhretu")).hasStatusOk()
			.bodyText()
			.contains("/therapies/trastuzumab-deruxtecan")
			.contains("Found by: Enhertu");
		assertThat(mvc.get().uri("/search?q=KISQALI")).hasStatusOk()
			.bodyText()
			.contains("/therapies/ribociclib-aromatase-inhibitor")
			.doesNotContain("/therapies/trastuzumab-deruxtecan");
		assertThat(mvc.get().uri("/search?q=diarrhoea")).hasStatusOk()
			.bodyText()
			.contains("/side-effects/diarrhoea");
		assertThat(mvc.get().uri("/search?q=ctdna")).hasStatusOk().bodyText().contains("/glossary#ctdna");
		assertThat(mvc.get().uri("/search?q=veppanu")).hasStatusOk()
			.bodyText()
			.contains("/recent-approvals#vepdegestrant");
		assertThat(mvc.get().uri("/search?q=" + "y".repeat(101))).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void everyPageSaysWhenTheContentWasReviewedAndHowToGiveFeedback() {
		for (String path : new String[] { "/", "/therapies/eribulin", "/subtypes/triple-negative", "/nope" }) {
			assertThat(mvc.get().uri(path)).bodyText()
				.containsPattern("All content reviewed since \\d{1,2} \\w+ \\d{4} \\(content version V\\d+\\)")
				.contains("href=\"/about#feedback\"");
		}
		assertThat(mvc.get().uri("/about")).hasStatusOk()
			.bodyText()
			.contains("no tracking")
			.contains("Nothing you enter is stored");
	}

	@Test
	void comparesTwoToFourTreatmentsSideBySide() {
		assertThat(mvc.get().uri("/compare?options=eribulin&options=capecitabine&options=olaparib")).hasStatusOk()
			.bodyText()
			.contains("data-slug=\"eribulin\"")
			.contains("data-slug=\"capecitabine\"")
			.contains("data-slug=\"olaparib\"")
			.contains("How often and for how long");
		assertThat(mvc.get().uri("/compare")).hasStatusOk().bodyText().contains("id=\"compare-too-few\"");
		assertThat(mvc.get().uri("/compare?options=eribulin&options=no-such-drug")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("options");
		assertThat(mvc.get()
			.uri("/compare?options=eribulin&options=capecitabine&options=olaparib&options=talazoparib&options=paclitaxel"))
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void findsATherapyByBrandName() {
		assertThat(mvc.get().uri("/therapies?q=ENHERTU")).hasStatusOk()
			.bodyText()
			.contains("Trastuzumab deruxtecan")
			.doesNotContain("Pertuzumab with trastuzumab");
	}

	@Test
	void theAToZForgivesTheSameTyposAsTheSiteSearch() {
		assertThat(mvc.get().uri("/therapies?q=enhretu")).hasStatusOk()
			.bodyText()
			.contains("href=\"/therapies/trastuzumab-deruxtecan\"")
			.doesNotContain("href=\"/therapies/tamoxifen\"");
		assertThat(mvc.get().uri("/search?q=enhretu")).hasStatusOk()
			.bodyText()
			.contains("href=\"/therapies/trastuzumab-deruxtecan\"");
		assertThat(mvc.get().uri("/therapies?q=kisqaly")).hasStatusOk()
			.bodyText()
			.contains("href=\"/therapies/ribociclib-aromatase-inhibitor\"");
		assertThat(mvc.get().uri("/therapies?q=cdk4")).hasStatusOk()
			.bodyText()
			.contains("href=\"/therapies/palbociclib-fulvestrant\"");
	}

	@Test
	void apiTherapiesListsEveryTherapyWithSourcesAndReviewDate() {
		assertThat(mvc.get().uri("/api/therapies")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$[?(@.slug=='trastuzumab-deruxtecan')].drugs[0]",
					v -> v.assertThat().asArray().containsExactly("trastuzumab deruxtecan"))
			.hasPathSatisfying("$[?(@.slug=='trastuzumab-deruxtecan')].brandNames[0]",
					v -> v.assertThat().asArray().containsExactly("Enhertu"))
			.hasPathSatisfying("$[*].sources[0].url", v -> v.assertThat().asArray().isNotEmpty())
			.hasPathSatisfying("$[0].reviewedOn", v -> v.assertThat().asString().matches("\\d{4}-\\d{2}-\\d{2}"));
	}

	@Test
	void apiOptionsForTripleNegativePdL1ListsImmunotherapyAndSuggestsTheHer2LowQuestion() {
		assertThat(mvc.get().uri("/api/options?hr=negative&her2=zero&biomarker=pd-l1")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.options[*].slug", v -> v.assertThat().asArray().contains("pembrolizumab-chemotherapy"))
			.hasPathSatisfying("$.options[?(@.slug=='pembrolizumab-chemotherapy')].drugs[0]",
					v -> v.assertThat().asArray().contains("pembrolizumab"))
			.hasPathSatisfying("$.testsToConsider[*].test", v -> v.assertThat().asArray().contains("HER2-LOW"));
	}

	@Test
	void recentApprovalsWhosePagesAreNotReadyAppearWhereTheAnswersDoNotRuleThemOut() {
		assertThat(mvc.get().uri("/options?hr=positive&her2=zero&biomarker=esr1")).hasStatusOk()
			.bodyText()
			.contains("id=\"recent\"")
			.contains("Vepdegestrant (Veppanu)")
			.contains("Approved in the United States (FDA) on 1 May 2026.")
			.contains("href=\"/recent-approvals#vepdegestrant\"");
		assertThat(mvc.get().uri("/options?hr=negative&her2=zero")).hasStatusOk()
			.bodyText()
			.doesNotContain("id=\"recent\"");
		assertThat(mvc.get().uri("/api/options?hr=positive&her2=low")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.recentApprovals[?(@.page=='/recent-approvals#vepdegestrant')].fitsAnswers",
					v -> v.assertThat().asArray().containsExactly(false))
			.hasPathSatisfying("$.recentApprovals[?(@.name=='Gedatolisib')].approvedOn",
					v -> v.assertThat().asArray().containsExactly("2026-07-14"));
		assertThat(mvc.get().uri("/subtypes/hr-positive-her2-negative")).hasStatusOk()
			.bodyText()
			.contains("href=\"/recent-approvals#gedatolisib\"");
		assertThat(mvc.get().uri("/subtypes/hr-positive-her2-negative/print")).hasStatusOk()
			.bodyText()
			.contains("<span>Camizestrant (Etcamah)</span>");
		assertThat(mvc.get().uri("/subtypes/triple-negative")).hasStatusOk()
			.bodyText()
			.doesNotContain("/recent-approvals#");
		assertThat(mvc.get().uri("/recent-approvals")).hasStatusOk()
			.bodyText()
			.contains("id=\"camizestrant\"")
			.contains("https://www.fda.gov/drugs/resources-information-approved-drugs/fda-approves-vepdegestrant")
			.contains("Not yet checked");
	}

	@Test
	void questionsForTheCareTeamFollowTheMissingResults() {
		assertThat(mvc.get().uri("/api/options?hr=positive&her2=negative")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.questions", v -> v.assertThat()
				.asArray()
				.contains("Could my sample be looked at again, or a new one tested, for HER2-low or HER2-ultralow?",
						"Has my cancer been tested for PIK3CA, AKT1 and PTEN? If not, could it be?",
						"Should I have a test of my own genes (a germline test), for example for BRCA1 and BRCA2?",
						"Which of these options could suit me, and why?")
				.doesNotContain("What is the hormone receptor status of my cancer?"));
		assertThat(mvc.get().uri("/options")).hasStatusOk()
			.bodyText()
			.contains("What is the hormone receptor status of my cancer?")
			.contains("What is the HER2 score of my cancer?");
	}

	@Test
	void apiOptionsAnswersForARealProfile() {
		assertThat(mvc.get().uri("/api/options?hr=positive&her2=zero&biomarker=esr1&menopause=post")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.options[*].slug", v -> v.assertThat().asArray().contains("elacestrant"))
			.hasPathSatisfying("$.options[?(@.slug=='elacestrant')].drugs[0]",
					v -> v.assertThat().asArray().containsExactly("elacestrant"))
			.hasPathSatisfying("$.testsToConsider[*].test", v -> v.assertThat().asArray().contains("HER2-LOW"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/therapies/no-such-drug", "/subtypes/luminal-z", "/biomarkers/kras",
			"/drug-classes/nothing", "/side-effects/nothing", "/no-such-page",
			"/subtypes/luminal-z/print", "/topics/nothing" })
	void unknownAddressesGetTheFriendly404Page(String path) {
		assertThat(mvc.get().uri(path)).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("We could not find that page")
			.doesNotContain("Exception");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/options?hr=yes", "/options?her2=3%2B", "/options?menopause=peri",
			"/options?site=skin", "/options?biomarker=KRAS", "/options?hr=positive&hr=negative",
			"/options?sex=other", "/options?notFound=KRAS", "/options?biomarker=ESR1&notFound=esr1",
			"/options?result.ESR1=maybe" })
	void badValuesGetTheFriendly400Page(String path) {
		assertThat(mvc.get().uri(path)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("We could not read that request")
			.doesNotContain("Exception")
			.doesNotContain("at org.");
	}

	@Test
	void anOverlongSearchIs400() {
		assertThat(mvc.get().uri("/therapies?q=" + "x".repeat(101))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("We could not read that request");
	}

	@Test
	void apiErrorsAreProblemDetailsNamingTheParameterAndAllowedValues() {
		assertThat(mvc.get().uri("/api/options?site=skin")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType("application/problem+json")
			.bodyJson()
			.hasPathSatisfying("$.status", v -> v.assertThat().isEqualTo(400))
			.hasPathSatisfying("$.title", v -> v.assertThat().isEqualTo("Bad Request"))
			.hasPathSatisfying("$.detail", v -> v.assertThat().asString().contains("site"))
			.hasPathSatisfying("$.error", v -> v.assertThat().isEqualTo("invalid_parameter"))
			.hasPathSatisfying("$.parameter", v -> v.assertThat().isEqualTo("site"))
			.hasPathSatisfying("$.allowedValues", v -> v.assertThat().asArray().containsExactly("bone", "brain", "liver", "lung"));
		assertThat(mvc.get().uri("/api/therapies/no-such-therapy")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType("application/problem+json")
			.bodyJson()
			.hasPathSatisfying("$.error", v -> v.assertThat().isEqualTo("not_found"));
	}

	@Test
	void everyResponseCarriesTheSecurityHeadersAndNoCookie() {
		for (String path : new String[] { "/", "/options?hr=positive", "/api/options", "/options?hr=bad", "/nope" }) {
			assertThat(mvc.get().uri(path)).headers()
				.hasValue("X-Content-Type-Options", "nosniff")
				.hasValue("Referrer-Policy", "no-referrer")
				.containsHeader("Permissions-Policy")
				.doesNotContainHeader("Set-Cookie")
				.hasValue("Content-Security-Policy", SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
		}
		assertThat(SecurityHeadersFilter.CONTENT_SECURITY_POLICY).contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline");
	}

	@Test
	void pagesCarryAnEtagAndAnswer304WhenUnchanged() {
		var first = mvc.get().uri("/therapies/eribulin").exchange();
		String etag = first.getResponse().getHeader("ETag");
		assertThat(etag).isNotBlank();
		assertThat(first.getResponse().getHeader("Cache-Control")).isEqualTo("no-cache");
		assertThat(mvc.get().uri("/therapies/eribulin").header("If-None-Match", etag))
			.hasStatus(HttpStatus.NOT_MODIFIED);
	}

	@Test
	void onlyHealthAndInfoOfTheActuatorAreReachable() {
		assertThat(mvc.get().uri("/actuator/health")).hasStatusOk().bodyText().contains("UP");
		assertThat(mvc.get().uri("/actuator/env")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/actuator/beans")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void visitorsCannotWrite() {
		assertThat(mvc.post().uri("/options?hr=positive")).hasStatus4xxClientError();
		assertThat(mvc.delete().uri("/api/therapies")).hasStatus4xxClientError();
	}


	@Test
	void glossaryListsEachTermAndPagesDefineTermsWhereTheyFirstAppear() {
		assertThat(mvc.get().uri("/glossary")).hasStatusOk()
			.bodyText()
			.contains("id=\"her2-low\"")
			.contains("<dfn>HER2-low</dfn>")
			.contains("href=\"#letter-H\"");
		assertThat(mvc.get().uri("/biomarkers/esr1")).hasStatusOk()
			.bodyText()
			.contains("<a href=\"/glossary#oestrogen\">oestrogen</a></dfn> <span class=\"meaning\">(");
	}

}
