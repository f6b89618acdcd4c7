package org.mbcoptions.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh clone runs without {@code app.public-url}: a printed handout then gives its
 * path and no QR code (a code could only point at the server's own name, such as
 * localhost), and start-up warns once. The other tests run with it set, as a deployment
 * would (see {@code src/test/resources/config/application.properties}).
 */
@SpringBootTest(properties = { "app.public-url=", "spring.datasource.url=jdbc:h2:mem:public-url;DB_CLOSE_DELAY=-1" })
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class PublicUrlTest {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void withoutAPublicAddressTheHandoutPrintsItsPathAndNoQrCode(CapturedOutput output) {
		assertThat(mvc.get().uri("/subtypes/triple-negative/print")).hasStatusOk()
			.bodyText()
			.contains("open this page on the website that printed it")
			.contains(">/subtypes/triple-negative<")
			.doesNotContain("<svg")
			.doesNotContain("localhost");
		assertThat(new PublicUrl("https://example.org/").of("/subtypes/her2-positive"))
			.isEqualTo("https://example.org/subtypes/her2-positive");
	}

	@Test
	void startUpWarnsInOneLineWhenItIsNotSetAndNotOtherwise(CapturedOutput output) {
		int before = warnings(output);
		new PublicUrl(" ").warnIfNotConfigured();
		assertThat(warnings(output)).isEqualTo(before + 1);
		new PublicUrl("https://example.org").warnIfNotConfigured();
		assertThat(warnings(output)).isEqualTo(before + 1);
	}

	private static int warnings(CapturedOutput output) {
		return output.getAll().split("app.public-url is not set", -1).length - 1;
	}

}
