package org.mbcoptions.system;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app in its real server: addresses Tomcat itself refuses must still get our plain
 * page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class RealServerTest {

	@LocalServerPort
	private int port;

	/**
	 * A raw request: Java's HTTP client refuses to send the malformed addresses we need
	 * to test.
	 */
	private RawResponse get(String path, String accept) throws IOException {
		return get(path, accept, "");
	}

	private RawResponse get(String path, String accept, String extraHeaders) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: " + accept + "\r\n" + extraHeaders
					+ "Connection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			int status = Integer.parseInt(raw.substring(9, 12));
			int end = raw.indexOf("\r\n\r\n");
			return new RawResponse(status, raw.substring(0, end), raw.substring(end + 4));
		}
	}

	private record RawResponse(int statusCode, String headers, String body) {
	}

	@ParameterizedTest
	@ValueSource(strings = { "GET", "PATCH", "POST", "DELETE" })
	void theErrorAddressAskedForDirectlyIsAFriendly404NeverA500(String method) throws Exception {
		for (String accept : new String[] { "text/html", "application/json" }) {
			try (Socket socket = new Socket("localhost", port)) {
				socket.setSoTimeout(10_000);
				OutputStream out = socket.getOutputStream();
				out.write((method + " /error HTTP/1.1\r\nHost: localhost\r\nAccept: " + accept
						+ "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
				out.flush();
				String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				assertThat(raw).as("%s /error, %s", method, accept)
					.startsWith("HTTP/1.1 404")
					.doesNotContain("Exception");
				if (accept.equals("text/html")) {
					assertThat(raw).contains("<main id=\"main\">");
				}
			}
		}
	}

	@Test
	void behindAProxyRedirectsKeepThePublicSchemeAndHost() throws Exception {
		RawResponse direct = get("/options?hr=positive&result.ESR1=found", "text/html");
		assertThat(direct.statusCode()).isEqualTo(302);
		assertThat(direct.headers()).containsPattern("(?i)Location: http://localhost/options\\?hr=positive");
		RawResponse proxied = get("/options?hr=positive&result.ESR1=found", "text/html",
				"X-Forwarded-Proto: https\r\nX-Forwarded-Host: cancer.example.org\r\n");
		assertThat(proxied.statusCode()).isEqualTo(302);
		assertThat(proxied.headers())
			.containsPattern("(?i)Location: https://cancer\\.example\\.org/options\\?hr=positive");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/options?hr=%ZZ", "/therapies?q=%E0%A4%A", "/therapies/%00",
			"/therapies/..%2F..%2Fetc%2Fpasswd", "/%2e%2e/", "/options?hr=positive%00" })
	void malformedAddressesGetAFriendly400Page(String path) throws Exception {
		RawResponse response = get(path, "text/html");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("<main id=\"main\">")
			.doesNotContain("Tomcat")
			.doesNotContain("Exception")
			.doesNotContain("%ZZ");
	}

	@Test
	void theApiAnswersAnUndecodableQueryWithJson() throws Exception {
		RawResponse response = get("/api/options?her2=%ZZ", "application/json");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("{").contains("\"status\":400");
	}

	@Test
	void styleSheetsAndScriptsHaveContentHashedAddressesKeptForAYear() throws Exception {
		String page = get("/subtypes/her2-positive/print", "text/html").body();
		java.util.regex.Matcher css = java.util.regex.Pattern.compile("href=\"(/css/site-[0-9a-f]{32}\\.css)\"")
			.matcher(page);
		java.util.regex.Matcher js = java.util.regex.Pattern.compile("src=\"(/js/print-[0-9a-f]{32}\\.js)\"")
			.matcher(page);
		assertThat(css.find()).as("hashed style sheet address in %s", page.substring(0, Math.min(600, page.length())))
			.isTrue();
		assertThat(js.find()).as("hashed script address").isTrue();
		for (String address : new String[] { css.group(1), js.group(1) }) {
			RawResponse asset = get(address, "*/*");
			assertThat(asset.statusCode()).isEqualTo(200);
			assertThat(asset.headers()).containsPattern("(?i)Cache-Control: max-age=31536000, public, immutable");
		}
		// Pages, JSON answers and error pages are still revalidated each time: a page
		// names the current addresses.
		assertThat(get("/", "text/html").headers()).containsPattern("(?i)Cache-Control: no-cache");
		assertThat(get("/api/options?hr=positive", "application/json").headers())
			.containsPattern("(?i)Cache-Control: no-cache");
		RawResponse missing = get("/no-such-page", "text/html");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers()).containsPattern("(?i)Cache-Control: no-cache");
	}

	@Test
	void pagesAreCompressedForClientsThatAcceptIt() throws Exception {
		RawResponse response = get("/therapies", "text/html", "Accept-Encoding: gzip\r\n");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers()).containsIgnoringCase("Content-Encoding: gzip");
	}

	@Test
	void theLogsNeverRecordWhatAVisitorEntered(CapturedOutput output) throws Exception {
		String marker = "zz-private-answer-42";
		for (String path : new String[] { "/options?hr=" + marker, "/options?hr=%ZZ" + marker,
				"/api/options?biomarker=" + marker, "/options?hr=positive&utm_source=" + marker,
				"/therapies?q=" + marker, "/search?q=" + marker }) {
			get(path, "text/html");
		}
		assertThat(output.getAll()).doesNotContain(marker);
	}

	@ParameterizedTest(name = "{0} characters")
	@ValueSource(ints = { 8_000, 10_000, 100_000, 200_000 })
	void aVeryLongAddressGetsAFriendly400SayingItIsTooLong(int length, CapturedOutput output) throws Exception {
		RawResponse page = get("/options?her2=" + "x".repeat(length), "text/html");
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("<main id=\"main\">")
			.contains("The address is")
			.contains("too long")
			.doesNotContain("Exception");
		if (length <= 100_000) {
			// Within Tomcat's limit the app answers, so an API client gets JSON in the
			// standard error form.
			RawResponse api = get("/api/options?site=" + "x".repeat(length), "application/json");
			assertThat(api.statusCode()).isEqualTo(400);
			assertThat(api.body()).contains("\"status\":400").contains("\"error\":\"address_too_long\"");
		}
		assertThat(output.getAll()).doesNotContain("Request header is too large").doesNotContain("\tat org.");
	}

	@Test
	void theHomePageIsServed() throws Exception {
		RawResponse response = get("/", "text/html");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Treatment options for secondary breast cancer");
	}

}
