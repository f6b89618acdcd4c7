package org.mbcoptions.system;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The app on a random port and one Chromium for all the tests of a class: the browser
 * tests, the printing tests and the length measurements share this instead of each
 * starting it their own way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class RealBrowserTest {

	private static Playwright playwright;

	protected static Browser browser;

	@LocalServerPort
	protected int port;

	@BeforeAll
	static void startBrowser() {
		playwright = BrowserSupport.playwright();
		browser = BrowserSupport.launch(playwright);
	}

	@AfterAll
	static void stopBrowser() {
		browser.close();
		playwright.close();
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

}
