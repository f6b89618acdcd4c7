package org.mbcoptions.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production launch with Spring AOT ({@code -Dspring.aot.enabled=true}, as
 * docs/deployment.md gives it) starts the packaged jar and serves real answers: the bean
 * set-up worked out at build time must match the one the tests run with.
 */
class AotLaunchIT {

	@Test
	void thePackagedJarStartsWithSpringAotAndServesPages() throws Exception {
		Path jar;
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			jar = files.filter(f -> f.getFileName().toString().matches("mbc-options-.*\\.jar"))
				.filter(f -> !f.getFileName().toString().endsWith("-plain.jar"))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no packaged jar under target/"));
		}
		int port = freePort();
		Path log = Files.createTempFile("aot-launch", ".log");
		String java = ProcessHandle.current().info().command().orElse("java");
		Process app = new ProcessBuilder(List.of(java, "-Xmx256m", "-Dspring.aot.enabled=true", "-jar", jar.toString(),
				"--server.port=" + port, "--spring.datasource.url=jdbc:h2:mem:aot;DB_CLOSE_DELAY=-1"))
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		try {
			HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
			String base = "http://localhost:" + port;
			waitUntilUp(client, base, app, log);
			assertThat(Files.readString(log)).contains("Starting AOT-processed MbcOptionsApplication");
			HttpResponse<String> results = client.send(
					HttpRequest.newBuilder(URI.create(base + "/options?hr=positive&her2=zero&menopause=post")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(results.statusCode()).isEqualTo(200);
			assertThat(results.body()).contains("data-slug=\"ribociclib-aromatase-inhibitor\"");
			HttpResponse<String> search = client.send(
					HttpRequest.newBuilder(URI.create(base + "/search?q=enhretu")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(search.body()).contains("/therapies/trastuzumab-deruxtecan");
			HttpResponse<String> bad = client.send(
					HttpRequest.newBuilder(URI.create(base + "/options?hr=maybe")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(bad.statusCode()).isEqualTo(400);
		}
		finally {
			app.destroy();
			if (!app.waitFor(20, TimeUnit.SECONDS)) {
				app.destroyForcibly();
			}
			Files.deleteIfExists(log);
		}
	}

	private static void waitUntilUp(HttpClient client, String base, Process app, Path log) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (System.nanoTime() < deadline) {
			if (!app.isAlive()) {
				throw new AssertionError("the app stopped:\n" + Files.readString(log));
			}
			try {
				HttpResponse<Void> health = client.send(
						HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.discarding());
				if (health.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(250);
		}
		throw new AssertionError("the app did not start within 120 s:\n" + Files.readString(log));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
