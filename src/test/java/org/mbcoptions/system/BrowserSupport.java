package org.mbcoptions.system;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Starts Debian's Chromium through Playwright. Playwright's own browser download cannot
 * work on our machines, so it is skipped and the system browser is used; the flags keep
 * Chromium from calling out to the network.
 */
public final class BrowserSupport {

	public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

	private BrowserSupport() {
	}

	public static Playwright playwright() {
		return Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
	}

	public static Browser launch(Playwright playwright) {
		return playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync")));
	}

}
