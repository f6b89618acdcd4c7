package org.mbcoptions.handout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mbcoptions.system.RealBrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each subtype handout, printed by Chromium on A4 and on Letter: two sheets at most,
 * nothing left out, body text 11 pt or more, the usual options on the first sheet before
 * the others, and the emergency box, the boxes to write in and the helplines on the last.
 * How full each sheet is gets printed to the build log (docs/quality.md).
 */
class HandoutPrintIT extends RealBrowserTest {

	private static final int MAX_PAGES = 2;

	/** 11 pt in CSS pixels (1 pt = 4/3 px), less a rounding margin. */
	private static final double MIN_BODY_PX = 11 * 4.0 / 3 - 0.05;

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
				// Lines wrap inside names, sometimes right after a hyphen ("TMB-" /
				// "high").
				String text = flatten(new PDFTextStripper().getText(document));
				assertThat(text).contains(subtypeName).containsPattern("Last reviewed: \\d{1,2} \\w+ \\d{4}");
				for (String name : optionNames) {
					assertThat(text).as("option on the handout").contains(flatten(name));
				}
				String first = flatten(pageText(document, 1));
				String last = flatten(pageText(document, document.getNumberOfPages()));
				assertThat(first).contains("What this means", "Usually offered first",
						"Questions to ask your care team");
				if (text.contains("Tests that could open more options")) {
					assertThat(first).contains("Tests that could open more options");
				}
				assertThat(last).contains("Get help now", "Your team", "Your 24-hour line", "Options we talked about",
						"Next appointment", "0808 808 00 00", "0808 800 6000", "1-800-227-2345", "1-800-4-CANCER");
				System.out.printf("handout %s %s: sheets filled %s%n", slug, paper, fill(document));
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "hr-positive-her2-negative", "her2-positive", "triple-negative" })
	void bodyTextPrintsAtElevenPointOrMore(String slug) {
		try (BrowserContext context = browser.newContext()) {
			Page page = context.newPage();
			page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
			page.navigate("http://localhost:" + port + "/subtypes/" + slug + "/print");
			// Body text: every paragraph and list item, but not the footer's small print
			// or the sources line.
			@SuppressWarnings("unchecked")
			List<Object> sizes = (List<Object>) page.evaluate(
					"""
							() => [...document.querySelectorAll('main.handout p, main.handout li')]
							  .filter(e => e.offsetParent !== null)
							  .filter(e => !e.closest('.handout-footer') && !e.closest('.emergency-sources') && !e.classList.contains('emergency-sources'))
							  .map(e => parseFloat(getComputedStyle(e).fontSize))""");
			assertThat(sizes).isNotEmpty();
			assertThat(sizes)
				.allSatisfy(size -> assertThat(((Number) size).doubleValue()).isGreaterThanOrEqualTo(MIN_BODY_PX));
			Object lineHeight = page
				.evaluate("() => parseFloat(getComputedStyle(document.querySelector('main.handout p')).lineHeight)"
						+ " / parseFloat(getComputedStyle(document.querySelector('main.handout p')).fontSize)");
			assertThat(((Number) lineHeight).doubleValue()).as("line height").isGreaterThanOrEqualTo(1.25);
		}
	}

	private static String pageText(PDDocument document, int page) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		return stripper.getText(document);
	}

	/**
	 * How far down each sheet the lowest text reaches, as a share of the sheet's height.
	 */
	private static List<String> fill(PDDocument document) throws IOException {
		List<String> shares = new ArrayList<>();
		for (int p = 1; p <= document.getNumberOfPages(); p++) {
			float[] lowest = { 0 };
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void writeString(String text, List<TextPosition> positions) throws IOException {
					for (TextPosition position : positions) {
						lowest[0] = Math.max(lowest[0], position.getYDirAdj());
					}
				}
			};
			stripper.setStartPage(p);
			stripper.setEndPage(p);
			stripper.getText(document);
			float height = document.getPage(p - 1).getMediaBox().getHeight();
			shares.add(Math.round(100 * lowest[0] / height) + "%");
		}
		return shares;
	}

}
