package org.mbcoptions.therapy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The therapy pages, the A to Z and /api/therapies on the real catalogue. */
@SpringBootTest
@AutoConfigureMockMvc
class TherapyPagesTest {

	@Autowired
	private MockMvcTester mvc;

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

	/**
	 * The length limit is the parameter's {@code @Size}, checked by Spring's method
	 * validation: 100 characters pass, 101 get a 400 that says the limit in plain words
	 * (not a list of "allowed values").
	 */
	@Test
	void anOverlongSearchIs400AndSaysTheLimit() {
		assertThat(mvc.get().uri("/therapies?q=" + "x".repeat(100))).hasStatusOk();
		assertThat(mvc.get().uri("/search?q=" + "x".repeat(100))).hasStatusOk();
		for (String path : new String[] { "/therapies", "/search" }) {
			assertThat(mvc.get().uri(path + "?q=" + "x".repeat(101))).hasStatus(HttpStatus.BAD_REQUEST)
				.bodyText()
				.contains("We could not read that request",
						"What you typed is too long. Please use up to 100 characters.")
				.doesNotContain("id=\"allowed-values\"");
		}
	}

}
