package org.mbcoptions.glossary;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The glossary and the terms pages define where they first appear. */
@SpringBootTest
@AutoConfigureMockMvc
class GlossaryPagesTest {

	@Autowired
	private MockMvcTester mvc;

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
