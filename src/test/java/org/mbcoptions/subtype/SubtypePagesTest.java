package org.mbcoptions.subtype;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The subtype pages and their printable handouts on the real catalogue. */
@SpringBootTest
@AutoConfigureMockMvc
class SubtypePagesTest {

	@Autowired
	private MockMvcTester mvc;

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

}
