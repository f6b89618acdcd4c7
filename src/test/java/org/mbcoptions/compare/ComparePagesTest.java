package org.mbcoptions.compare;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The comparison page on the real catalogue. */
@SpringBootTest
@AutoConfigureMockMvc
class ComparePagesTest {

	@Autowired
	private MockMvcTester mvc;

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

}
