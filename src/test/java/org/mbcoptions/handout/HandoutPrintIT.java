package org.mbcoptions.handout;

import java.io.IOException;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mbcoptions.system.RealBrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Each subtype handout, printed by Chromium on A4 and on Letter: two sheets at most, nothing left out. */
class HandoutPrintIT extends RealBrowserTest {

	private static final int MAX_PAGES = 2;


	private static String flatten(String text) {
		return text.replaceAll("\\s+", " ").replaceAll("- ", "-");
	}

	@ParameterizedTest(name = "{0} on {1}")
	@CsvSource({ "hr-positive-her2-negative, A4", "hr-positive-her2-negative, Letter", "her2-positive, A4",
			"her2-positive, Letter", "triple-negative, A4", "triple-negative, Letter" })
	void printsOnTwoSheetsWithEveryOptionTheSubtypePageLists(String slug, String paper) throws IOException {
		try (BrowserContext context = browser.newContext()) {
			Page page = context.newPage();
			page.navigate("http://localhost:" + port + "/subtypes/" + slug);
			String subtypeName = page.locator("h1").innerText();
			List<String> optionNames = page.locator("li.option .card-title a").allInnerTexts();
			assertThat(optionNames).isNotEmpty();

			page.locator("#print-summary").click();
			page.waitForURL("**/subtypes/" + slug + "/print");
			// Kept under target/ so a reader can look at what was measured.
			byte[] pdf = page.pdf(new Page.PdfOptions().setFormat(paper)
				.setPrintBackground(false)
				.setPath(java.nio.file.Path.of("target", "handout-print", slug + "-" + paper + ".pdf")));

			try (PDDocument document = Loader.loadPDF(pdf)) {
				assertThat(document.getNumberOfPages()).as("pages on %s", paper).isLessThanOrEqualTo(MAX_PAGES);
				// Lines wrap inside names, sometimes right after a hyphen ("TMB-" / "high").
				String text = flatten(new PDFTextStripper().getText(document));
				assertThat(text).contains(subtypeName).containsPattern("Last reviewed: \\d{1,2} \\w+ \\d{4}");
				for (String name : optionNames) {
					assertThat(text).as("option on the handout").contains(flatten(name));
				}
			}
		}
	}

}
