package org.mbcoptions.postgres;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throwaway PostgreSQL server from Debian's binaries (package postgresql), in a
 * temporary folder on a free port. PostgreSQL refuses to run as root, so as root it runs
 * as the "postgres" user. No Docker needed.
 */
final class LocalPostgres implements AutoCloseable {

	private static final Path BIN = binaries();

	private final Path dir;

	private final Path dataDir;

	private final int port;

	private LocalPostgres(Path dir, Path dataDir, int port) {
		this.dir = dir;
		this.dataDir = dataDir;
		this.port = port;
	}

	static LocalPostgres start() throws IOException, InterruptedException {
		Path dir = Files.createTempDirectory("mbc-pg");
		Path data = dir.resolve("data");
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		if (isRoot()) {
			run("chown", "-R", "postgres:postgres", dir.toString());
		}
		run(asPostgres(BIN.resolve("initdb").toString(), "-D", data.toString(), "-U", "mbc", "--auth=trust", "-E",
				"UTF8", "--no-instructions"));
		run(asPostgres(BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-l",
				dir.resolve("log").toString(), "-o", "-p " + port + " -k " + dir + " -c listen_addresses=localhost",
				"start"));
		run(asPostgres(BIN.resolve("createdb").toString(), "-h", "localhost", "-p", Integer.toString(port), "-U", "mbc",
				"mbc"));
		return new LocalPostgres(dir, data, port);
	}

	/**
	 * PG_BIN if set, else the newest Debian PostgreSQL under /usr/lib/postgresql (15 or
	 * later).
	 */
	private static Path binaries() {
		String configured = System.getenv("PG_BIN");
		if (configured != null) {
			return Path.of(configured);
		}
		try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
			return versions.filter(v -> Files.isExecutable(v.resolve("bin/postgres")))
				.max(java.util.Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())))
				.map(v -> v.resolve("bin"))
				.orElseThrow(() -> new IllegalStateException("No PostgreSQL server under /usr/lib/postgresql"));
		}
		catch (IOException ex) {
			throw new IllegalStateException("PostgreSQL server binaries not found: apt-get install postgresql", ex);
		}
	}

	String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + port + "/mbc";
	}

	@Override
	public void close() throws IOException, InterruptedException {
		run(asPostgres(BIN.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "immediate", "stop"));
		org.springframework.util.FileSystemUtils.deleteRecursively(dir);
	}

	private static boolean isRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	private static String[] asPostgres(String... command) {
		if (!isRoot()) {
			return command;
		}
		List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
		wrapped.addAll(List.of(command));
		return wrapped.toArray(String[]::new);
	}

	private static void run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes());
		if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException("Failed: " + String.join(" ", command) + "\n" + out);
		}
	}

}
