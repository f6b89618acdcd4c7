package org.mbcoptions.options;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mbcoptions.model.TherapyCategory;
import org.mbcoptions.model.TreatmentLine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

/** The options page and API as a web slice: parameters in, status and model out. */
@WebMvcTest({ OptionsController.class, OptionsApiController.class })
@org.springframework.context.annotation.Import(org.mbcoptions.glossary.Glossary.class)
class OptionsControllerTest {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private OptionService options;

	@MockitoBean
	private java.time.Clock clock;

	@MockitoBean
	private org.mbcoptions.catalogue.TopicRepository topics;

	@MockitoBean
	private org.mbcoptions.system.SiteInfo site;

	@MockitoBean
	private org.mbcoptions.catalogue.GlossaryTermRepository glossaryTerms;

	@MockitoBean
	private org.mbcoptions.advice.EmergencyAdvice emergency;

	@MockitoBean
	private org.mbcoptions.subtype.SubtypeService subtypes;

	@MockitoBean
	private org.mbcoptions.advice.SideEffectActions actions;

	@MockitoBean
	private org.mbcoptions.therapy.LabelWarnings labelWarnings;

	private final Profile hrPositiveHer2Zero = new Profile(HrAnswer.POSITIVE, Her2Answer.ZERO,
			java.util.Set.of(BiomarkerAnswer.ESR1), MenopauseAnswer.UNKNOWN, java.util.Set.of());

	@BeforeEach
	void oneOption() {
		given(clock.instant()).willReturn(java.time.Instant.parse("2026-11-23T10:00:00Z"));
		given(clock.getZone()).willReturn(java.time.ZoneOffset.UTC);
		OptionView elacestrant = new OptionView("elacestrant", "Elacestrant", List.of("elacestrant"),
				TreatmentLine.LATER, TherapyCategory.HORMONE_THERAPY, "Matches your answers: ESR1 mutation.",
				List.of("ESR1 mutation"), List.of(), List.of("After hormone therapy."), List.of(), List.of("ESR1"),
				List.of(), false, true, org.mbcoptions.model.Preference.OTHER, null, List.of("Orserdu"),
				"Tablets taken by mouth", "Once a day.", List.of("feeling sick", "tiredness"), PriorStatus.UNKNOWN,
				false, List.of());
		OptionResults results = new OptionResults(hrPositiveHer2Zero,
				List.of(new OptionResults.LineGroup(TreatmentLine.LATER,
						List.of(new OptionResults.BucketGroup(OptionResults.Bucket.MATCHED, List.of(elacestrant))))),
				List.of(), List.of("Which of these options could suit me, and why?"),
				List.of(new RecentOption("vepdegestrant", "Vepdegestrant", "Veppanu",
						org.mbcoptions.catalogue.Approval.Region.US_FDA, java.time.LocalDate.of(2026, 5, 1),
						"Approved in the US for adults with an ESR1 change.", true)));
		given(options.find(eq(hrPositiveHer2Zero), any(Locale.class))).willReturn(results);
	}

	@Test
	void resultsPageShowsTheOptionsForTheProfile() {
		assertThat(mvc.get().uri("/options?hr=positive&her2=zero&biomarker=esr1")).hasStatusOk()
			.hasViewName("options/results")
			.bodyText()
			.contains("Elacestrant")
			.contains("Matches your answers: ESR1 mutation.")
			.contains("Which of these options could suit me, and why?")
			.contains("Vepdegestrant (Veppanu)")
			.contains("Approved in the US for adults with an ESR1 change.")
			.contains("Take this to your appointment. Printed on 23 November 2026.")
			.contains(
					"https://clinicaltrials.gov/search?cond=Metastatic%20Breast%20Cancer&amp;term=hormone%20receptor%20positive%20HER2-negative%20ESR1");
	}

	@Test
	void trackingParametersAreIgnored() {
		assertThat(mvc.get().uri("/options?hr=positive&her2=zero&biomarker=ESR1&utm_source=mail&fbclid=x&gclid=y"))
			.hasStatusOk()
			.bodyText()
			.contains("Elacestrant");
	}

	@Test
	void jsonGivesOptionsWithDrugsLineCategoryAndWhy() {
		assertThat(mvc.get().uri("/api/options?hr=positive&her2=zero&biomarker=ESR1")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.options[0].slug", v -> v.assertThat().isEqualTo("elacestrant"))
			.hasPathSatisfying("$.options[0].drugs[0]", v -> v.assertThat().isEqualTo("elacestrant"))
			.hasPathSatisfying("$.options[0].line", v -> v.assertThat().isEqualTo("later"))
			.hasPathSatisfying("$.options[0].category", v -> v.assertThat().isEqualTo("hormone-therapy"))
			.hasPathSatisfying("$.options[0].why", v -> v.assertThat().asString().contains("ESR1"))
			.hasPathSatisfying("$.testsToConsider", v -> v.assertThat().asArray().isEmpty());
	}

	@Test
	void anUnknownValueGetsAFriendly400PageNamingTheAllowedValues() {
		assertThat(mvc.get().uri("/options?her2=maybe")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasViewName("error/400")
			.bodyText()
			.contains("her2")
			.contains("positive, low, ultralow, zero, negative, unknown")
			.doesNotContain("maybe")
			.doesNotContain("Exception");
	}

	@Test
	void anUnknownValueGetsAJsonErrorFromTheApi() {
		assertThat(mvc.get().uri("/api/options?biomarker=KRAS")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.parameter", v -> v.assertThat().isEqualTo("biomarker"))
			.hasPathSatisfying("$.allowedValues", v -> v.assertThat().asArray().contains("PIK3CA", "MSI-H"));
	}

	@Test
	void aSingleValuedParameterGivenTwiceIs400() {
		assertThat(mvc.get().uri("/api/options?hr=positive&hr=negative")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.parameter", v -> v.assertThat().isEqualTo("hr"));
	}

	@Test
	void scriptInAValueIsNeverEchoed() {
		assertThat(mvc.get().uri("/options?hr=<script>alert(1)</script>")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.doesNotContain("<script>alert(1)</script>");
	}

}
