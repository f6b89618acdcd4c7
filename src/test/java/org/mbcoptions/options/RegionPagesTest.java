package org.mbcoptions.options;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the reader lives ({@code region}): each option says what the regulator, or NICE,
 * decided there for the uses that fit, on the real catalogue.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RegionPagesTest {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void eachOptionSaysWhatWasDecidedWhereTheReaderLives() throws Exception {
		String page = page("/options?hr=positive&her2=positive&region=uk");
		assertThat(card(page, "trastuzumab-deruxtecan")).contains("data-region=\"UK\"")
			.contains("England and Wales (NICE):")
			.contains("Available through managed access (Cancer Drugs Fund) (May 2021).")
			.contains("href=\"https://www.nice.org.uk/guidance/ta704/chapter/1-Recommendations\"");
		assertThat(card(page, "trastuzumab-emtansine")).contains("England and Wales (NICE):")
			.contains("No decision on record here yet.");
		assertThat(page).contains("id=\"where-explain\"")
			.contains("id=\"profile-region\"")
			.contains("It does not mean you cannot have the medicine.");

		assertThat(card(page("/options?hr=positive&her2=positive&region=us"), "trastuzumab-deruxtecan-pertuzumab"))
			.contains("United States (FDA):")
			.contains("Approved (December 2025).")
			.doesNotContain("England and Wales");
	}

	@Test
	void aDecisionAboutOneUseIsNeverShownForAnother() throws Exception {
		// NICE's managed access for trastuzumab deruxtecan is for HER2-positive cancer
		// only.
		String her2Low = card(page("/options?hr=negative&her2=low&region=uk"), "trastuzumab-deruxtecan");
		assertThat(her2Low).contains("No decision on record here yet.")
			.doesNotContain("Cancer Drugs Fund")
			.doesNotContain("data-status=");
		// Sacituzumab govitecan: NICE's decision is about triple-negative cancer, not
		// HR-positive.
		assertThat(card(page("/options?hr=positive&her2=zero&region=uk"), "sacituzumab-govitecan"))
			.contains("No decision on record here yet.");
		assertThat(card(page("/options?hr=negative&her2=zero&region=uk"), "sacituzumab-govitecan"))
			.contains("data-status=\"RECOMMENDED\"");
	}

	@Test
	void withoutARegionOnlyAnOptionSomeRegionDecidedAgainstSaysWhere() throws Exception {
		String page = page("/options?hr=positive&her2=low&biomarker=BRAF-V600E");
		assertThat(card(page, "dabrafenib-trametinib")).contains("Not approved everywhere:")
			.contains("United States (FDA): Approved")
			.contains("European Union (EMA): Not approved for this use");
		assertThat(card(page, "ribociclib-aromatase-inhibitor")).doesNotContain("Not approved everywhere")
			.doesNotContain("class=\"where");
		assertThat(page).doesNotContain("id=\"where-explain\"").doesNotContain("id=\"profile-region\"");
	}

	@Test
	void theJsonGivesEveryRecordedDecisionAndThoseOfTheReadersRegion() {
		assertThat(mvc.get().uri("/api/options?hr=positive&her2=positive&region=uk")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.profile.region", v -> v.assertThat().isEqualTo("uk"))
			.hasPathSatisfying("$.options[?(@.slug=='trastuzumab-deruxtecan')].inYourRegion[*].status",
					v -> v.assertThat().asArray().containsExactly("managed-access"))
			.hasPathSatisfying("$.options[?(@.slug=='trastuzumab-deruxtecan')].approvals[*].region",
					v -> v.assertThat().asArray().containsExactly("eu", "uk"))
			.hasPathSatisfying("$.options[?(@.slug=='trastuzumab-emtansine')].inYourRegion",
					v -> v.assertThat().asArray().containsExactly(java.util.List.of()));
		assertThat(mvc.get().uri("/api/options?hr=positive&her2=positive")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.profile.region", v -> v.assertThat().isEqualTo("unknown"))
			.hasPathSatisfying("$.options[?(@.slug=='trastuzumab-deruxtecan')].inYourRegion",
					v -> v.assertThat().asArray().containsExactly((Object) null));
	}

	@Test
	void theRegionIsStrictButTrackingTagsStillWork() {
		assertThat(mvc.get().uri("/options?hr=positive&region=fr")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("region")
			.contains("us")
			.doesNotContain("Exception");
		assertThat(mvc.get().uri("/api/options?region=us&region=uk")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(mvc.get().uri("/options?hr=positive&region=uk&utm_source=newsletter")).hasStatusOk();
	}

	@Test
	void theFormAsksWhereTheReaderLivesAndKeepsTheAnswer() throws Exception {
		assertThat(page("/options?hr=positive&region=eu")).contains("name=\"region\"")
			.containsPattern("id=\"region-eu\"[^>]*checked")
			.contains("A country in the European Union");
	}

	private String page(String uri) throws java.io.UnsupportedEncodingException {
		var result = mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	/** The markup of one option card, from its opening tag to the next card. */
	private static String card(String page, String slug) {
		int start = page.indexOf("class=\"card option\" data-slug=\"" + slug + "\"");
		assertThat(start).as("card %s", slug).isNotNegative();
		int end = page.indexOf("class=\"card option\"", start + 1);
		return page.substring(start, end < 0 ? page.length() : end);
	}

}
