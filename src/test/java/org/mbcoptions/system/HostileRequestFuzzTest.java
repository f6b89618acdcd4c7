package org.mbcoptions.system;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A thousand generated hostile requests against the real server: random and malformed
 * parameters, huge values, unicode, SQL and HTML injection, path traversal and wrong
 * methods. None may cause a 5xx, show a stack trace or echo the injected markup
 * unescaped. The seed is fixed so a failure can be replayed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileRequestFuzzTest {

	private static final int REQUESTS = 1000;

	private static final String MARKUP = "<script>alert(7)</script>";

	private static final List<String> PATHS = List.of("/", "/options", "/api/options", "/api/therapies", "/therapies",
			"/therapies/eribulin", "/therapies/%s", "/subtypes/%s", "/subtypes/%s/print", "/biomarkers/%s",
			"/side-effects/%s", "/drug-classes/%s", "/topics/%s", "/search", "/compare", "/about", "/%s",
			"/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/therapies/..%2f..%2fetc", "/css/%s", "/editors/review");

	private static final List<String> NAMES = List.of("hr", "her2", "biomarker", "menopause", "site", "q", "options",
			"utm_source", "fbclid", "gclid", "x", "hr[]", "__proto__", "");

	private static final List<String> METHODS = List.of("GET", "GET", "GET", "GET", "POST", "PUT", "DELETE", "PATCH",
			"OPTIONS", "TRACE");

	private final Random random = new Random(20261123);

	@LocalServerPort
	private int port;

	@Test
	void noHostileRequestCausesAServerErrorAStackTraceOrAnUnescapedEcho() throws IOException {
		List<String> failures = new ArrayList<>();
		for (int i = 0; i < REQUESTS; i++) {
			String method = pick(METHODS);
			String target = pick(PATHS).replace("%s", encode(value())) + query();
			Response response = send(method, target);
			// No answer at all (a dropped connection) is a failure too: a visitor would
			// see a browser error page.
			if (response.status() == 0 || response.status() >= 500 || response.body().contains("Exception")
					|| response.body().contains("at org.") || response.body().contains("at java.")
					|| response.body().contains(MARKUP)) {
				failures.add(method + " " + target + " -> " + response.status());
			}
		}
		assertThat(failures).isEmpty();
	}

	private String query() {
		int count = random.nextInt(5);
		StringBuilder query = new StringBuilder();
		for (int i = 0; i < count; i++) {
			query.append(i == 0 ? '?' : '&').append(pick(NAMES)).append('=');
			// Mostly well-encoded, sometimes deliberately broken encodings.
			query.append(
					random.nextInt(6) == 0 ? pick(List.of("%ZZ", "%E0%A4%A", "%00", "%", "%c0%af")) : encode(value()));
		}
		return query.toString();
	}

	private String value() {
		return switch (random.nextInt(10)) {
			case 0 -> MARKUP;
			case 1 -> "\"><img src=x onerror=alert(1)>";
			case 2 -> "' OR '1'='1'; DROP TABLE therapy; --";
			case 3 -> "../../../../etc/passwd";
			case 4 -> "x".repeat(1 + random.nextInt(3000));
			case 5 -> "乳がん ☢ \u202e\u0000 émoji 🎗";
			case 6 -> pick(List.of("positive", "LOW", "ESR1", "bone", "pd-l1", "unknown", "enhertu"));
			case 7 -> Integer.toString(random.nextInt());
			case 8 -> "${7*7}[[${T(java.lang.Runtime)}]]";
			default -> randomText();
		};
	}

	private String randomText() {
		StringBuilder text = new StringBuilder();
		int length = random.nextInt(40);
		for (int i = 0; i < length; i++) {
			text.append((char) (32 + random.nextInt(0x2FF)));
		}
		return text.toString();
	}

	private <T> T pick(List<T> list) {
		return list.get(random.nextInt(list.size()));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private Response send(String method, String target) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			String body = method.equals("POST") || method.equals("PUT") ? "hr=positive" : "";
			out.write((method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
					+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
					+ "\r\nConnection: close\r\n\r\n" + body)
				.getBytes(StandardCharsets.UTF_8));
			out.flush();
			String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (raw.length() < 12) {
				return new Response(0, "");
			}
			return new Response(Integer.parseInt(raw.substring(9, 12)), raw);
		}
	}

	private record Response(int status, String body) {
	}

}
