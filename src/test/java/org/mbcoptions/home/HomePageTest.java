package org.mbcoptions.home;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The home page. */
@SpringBootTest
@AutoConfigureMockMvc
class HomePageTest {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void homeSaysWhatThisIsAndThatTheCareTeamAdvises() {
		assertThat(mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("Secondary breast cancer has spread")
			.contains("metastatic or stage 4")
			.contains("It is not advice")
			.contains("id=\"profile-form\"");
	}

}
