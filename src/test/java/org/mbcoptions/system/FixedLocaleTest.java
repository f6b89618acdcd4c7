package org.mbcoptions.system;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visitor reads English dates, whatever their browser asks for: with a per-request
 * locale, one French visitor's page ("1 mai 2026") would have been cached and shown to
 * everyone after.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FixedLocaleTest {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void aFrenchBrowserThenABritishOneBothReadEnglishMonthNames() {
		for (String language : new String[] { "fr-FR", "en-GB", "de-DE,fr;q=0.8" }) {
			assertThat(mvc.get().uri("/recent-approvals").header("Accept-Language", language)).as(language)
				.hasStatusOk()
				.bodyText()
				.contains("1 May 2026")
				.doesNotContain("mai 2026")
				.doesNotContain("Mai 2026")
				.contains("lang=\"en-GB\"");
		}
	}

}
