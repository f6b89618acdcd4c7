package org.mbcoptions.options;

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

/**
 * Printed results ("take this to your appointment"), as Chromium prints them on A4 and
 * Letter: two pages at most, with the summary, every option the page lists (closed groups
 * too), the tests, the questions and room for notes.
 */
class ResultsPrintIT extends RealBrowserTest {

	private static final int MAX_PAGES = 2;

	private static String flatten(String text) {
		return text.replaceAll("\\s+", " ").replaceAll("- ", "-");
	}

	@ParameterizedTest(name = "{0} on {1}")
	@CsvSource({ "hr=positive&her2=zero&biomarker=ESR1&menopause=pre&site=bone, A4",
			"hr=positive&her2=zero&biomarker=ESR1&menopause=pre&site=bone, Letter", "hr=positive&her2=positive, A4",
			"hr=positive&her2=positive, Letter", "hr=negative&her2=low&biomarker=BRCA1&site=bone, A4",
			"hr=negative&her2=low&biomarker=BRCA1&site=bone, Letter", "hr=positive&her2=unknown, Letter", "'', A4",
			"hr=positive&her2=positive&region=uk, A4", "hr=positive&her2=positive&region=uk, Letter" })
	void printsOnTwoPagesWithEveryOption(String query, String paper) throws IOException {
		try (BrowserContext context = browser.newContext()) {
			Page page = context.newPage();
			page.navigate("http://localhost:" + port + "/options?" + query);
			List<String> titles = page.locator("#options li.option h4 a").allTextContents();
			// The rare gene changes print as one line of short names; the others by name.
			List<String> tests = page.locator("#tests > ul.cards li.test summary strong").allTextContents();
			// Kept under target/ so a reader can look at what was measured.
			byte[] pdf = page.pdf(new Page.PdfOptions().setFormat(paper)
				.setPrintBackground(false)
				.setPath(java.nio.file.Path.of("target", "results-print",
						(query.isEmpty() ? "no-answers" : query.replaceAll("[^a-z0-9]+", "-")) + "-" + paper
								+ ".pdf")));

			try (PDDocument document = Loader.loadPDF(pdf)) {
				assertThat(document.getNumberOfPages()).as("pages on %s", paper).isLessThanOrEqualTo(MAX_PAGES);
				String text = flatten(new PDFTextStripper().getText(document));
				assertThat(text).contains("Take this to your appointment", "In short", "Questions you may want to ask",
						"Notes");
				for (String title : titles) {
					assertThat(text).as("option on the printed results").contains(flatten(title));
				}
				for (String test : tests) {
					assertThat(text).as("test on the printed results").contains(flatten(test));
				}
				if (page.locator("#rare-tests").count() > 0) {
					assertThat(text).contains("rare gene changes");
				}
				if (query.contains("region=uk")) {
					// The decision where the reader lives prints with the option it is
					// about.
					assertThat(text).contains("Trastuzumab deruxtecan (Enhertu)")
						.contains("NICE: Available through managed access (Cancer Drugs Fund).");
				}
				assertThat(text).as("controls are not printed")
					.doesNotContain("Compare selected", "Change your answers");
			}
		}
	}

}
