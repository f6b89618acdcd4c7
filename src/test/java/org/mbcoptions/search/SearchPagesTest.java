package org.mbcoptions.search;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The site search on the real catalogue. */
@SpringBootTest
@AutoConfigureMockMvc
class SearchPagesTest {

	@Autowired
	private MockMvcTester mvc;

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
		assertThat(mvc.get().uri("/search?q=diarrhoea")).hasStatusOk().bodyText().contains("/side-effects/diarrhoea");
		assertThat(mvc.get().uri("/search?q=ctdna")).hasStatusOk().bodyText().contains("/glossary#ctdna");
		assertThat(mvc.get().uri("/search?q=veppanu")).hasStatusOk()
			.bodyText()
			.contains("/recent-approvals#vepdegestrant");
		assertThat(mvc.get().uri("/search?q=" + "y".repeat(101))).hasStatus(HttpStatus.BAD_REQUEST);
	}

	/**
	 * One index behind both: a query whose words sit in different names of a therapy (its
	 * brand and its other drug) finds it in the site search and in the A to Z alike,
	 * where each used to match one name at a time.
	 */
	@Test
	void theSiteSearchAndTheAToZFindTheSameTherapies() {
		assertThat(mvc.get().uri("/search?q=ibrance fulvestrant")).hasStatusOk()
			.bodyText()
			.contains("href=\"/therapies/palbociclib-fulvestrant\"")
			.doesNotContain("href=\"/therapies/ribociclib-fulvestrant\"");
		assertThat(mvc.get().uri("/therapies?q=ibrance fulvestrant")).hasStatusOk()
			.bodyText()
			.contains("href=\"/therapies/palbociclib-fulvestrant\"")
			.doesNotContain("href=\"/therapies/ribociclib-fulvestrant\"");
	}

}
