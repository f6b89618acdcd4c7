package org.mbcoptions.options;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The results page and /api/options on the real catalogue, including bad values. */
@SpringBootTest
@AutoConfigureMockMvc
class ResultsPagesTest {

	@Autowired
	private MockMvcTester mvc;

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
	void apiOptionsForTripleNegativePdL1ListsImmunotherapyAndSuggestsTheHer2LowQuestion() {
		assertThat(mvc.get().uri("/api/options?hr=negative&her2=zero&biomarker=pd-l1")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.options[*].slug",
					v -> v.assertThat().asArray().contains("pembrolizumab-chemotherapy"))
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
			.hasPathSatisfying("$.allowedValues",
					v -> v.assertThat().asArray().containsExactly("bone", "brain", "liver", "lung"));
		assertThat(mvc.get().uri("/api/therapies/no-such-therapy")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType("application/problem+json")
			.bodyJson()
			.hasPathSatisfying("$.error", v -> v.assertThat().isEqualTo("not_found"));
	}

	@Test
	void resultsGatherTheSignsToCallAboutAtOnceForEveryListedTreatmentInOneClosedGroup() throws Exception {
		String page = mvc.get()
			.uri("/options?hr=negative&her2=zero")
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String group = page.substring(page.indexOf("<details id=\"when-to-call\""),
				page.indexOf("</details>", page.indexOf("<details id=\"when-to-call\"")));
		// Capecitabine is listed for triple-negative cancer, so its DPD warning signs are
		// here; low white blood cells,
		// a side effect of many listed chemotherapies, is here once; signs that can wait
		// until today are not.
		assertThat(group).contains("data-side-effect=\"dpd-deficiency\"", "data-side-effect=\"low-white-blood-cells\"");
		assertThat(group.split("data-side-effect=\"low-white-blood-cells\"", -1)).hasSize(2);
		assertThat(group).doesNotContain("Contact your cancer team today");
	}

	@Test
	void theSignsToCallAboutIncludeThoseOfTheJabAddedBeforeMenopauseAndOnlyForThoseWhoTakeIt() throws Exception {
		assertThat(callNowGroup("/options?hr=positive&her2=zero&menopause=pre"))
			.contains("data-side-effect=\"depression\"");
		assertThat(callNowGroup("/options?hr=positive&her2=zero&menopause=post&sex=female"))
			.doesNotContain("data-side-effect=\"depression\"");
	}

	private String callNowGroup(String path) throws Exception {
		String page = mvc.get()
			.uri(path)
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		int start = page.indexOf("<details id=\"when-to-call\"");
		return page.substring(start, page.indexOf("</details>", start));
	}

}
