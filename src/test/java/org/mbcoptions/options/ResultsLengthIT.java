package org.mbcoptions.options;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mbcoptions.system.RealBrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures the results page as a phone shows it (390 by 844 pixels) for the seven
 * journeys the length target was set on, and prints words, height and phone screens for
 * {@code docs/quality.md}. With {@code -Dresults.screens=true} it also saves each screen
 * under {@code target/results-screens}.
 */
class ResultsLengthIT extends RealBrowserTest {

	/**
	 * Page heights in pixels at 390 by 844 before the summary-first layout (measured on 6
	 * December 2026, see {@code docs/quality.md}). The page, before anything is opened,
	 * must be under a third of these.
	 */
	@ParameterizedTest
	@CsvSource({ "hr=positive&her2=zero&menopause=post, 30784",
			"hr=positive&her2=zero&biomarker=ESR1&menopause=post, 31147", "hr=positive&her2=positive, 22971",
			"hr=negative&her2=zero, 20226", "hr=negative&her2=low&biomarker=BRCA1, 20849",
			"hr=positive&her2=unknown, 16790", "hr=unknown&her2=unknown, 17441" })
	void isUnderAThirdOfItsFormerLengthWithTheSummaryOnTheFirstScreen(String query, int heightBefore) {
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
			Page page = context.newPage();
			assertThat(page.navigate("http://localhost:" + port + "/options?" + query).status()).isEqualTo(200);
			int words = ((Number) page
				.evaluate("() => document.querySelector('main').innerText.split(/\\s+/).filter(w => w.length).length"))
				.intValue();
			int height = ((Number) page.evaluate("() => document.documentElement.scrollHeight")).intValue();
			System.out.printf("LENGTH %s words=%d height=%d screens=%.1f%n", query, words, height, height / 844.0);
			assertThat(height).as("height of %s", query).isLessThan(heightBefore / 3);
			assertThat(page.locator("#summary-heading").boundingBox().y).as("summary on the first screen")
				.isLessThan(700);
			if (Boolean.getBoolean("results.screens")) {
				java.nio.file.Path dir = java.nio.file.Path.of("target", "results-screens");
				for (int y = 0, i = 0; y < height; y += 844, i++) {
					page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
						.setClip(0, y, 390, Math.min(844, height - y))
						.setPath(dir.resolve(query.replaceAll("[^a-z0-9]+", "-") + "-" + i + ".png")));
				}
			}
		}
	}

}
