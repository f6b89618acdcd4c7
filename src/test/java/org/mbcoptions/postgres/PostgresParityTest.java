package org.mbcoptions.postgres;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mbcoptions.MbcOptionsApplication;
import org.mbcoptions.options.OptionResults;
import org.mbcoptions.options.OptionService;
import org.mbcoptions.therapy.TherapyRecord;
import org.mbcoptions.therapy.TherapyService;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The full Flyway migration, the content checks and the answers on a real PostgreSQL
 * server, compared with the embedded H2 default: both must give identical answers.
 */
class PostgresParityTest {

	private static final List<String> PROFILES = List.of("", "hr=positive&her2=zero&biomarker=ESR1&menopause=post",
			"hr=positive&her2=negative", "hr=negative&her2=zero&biomarker=PD-L1", "her2=positive",
			"hr=positive&her2=low&biomarker=BRCA2&site=bone", "biomarker=MSI-H&biomarker=NTRK",
			"hr=negative&her2=ultralow&menopause=pre&site=brain");

	private static LocalPostgres postgres;

	private static ConfigurableApplicationContext onPostgres;

	private static ConfigurableApplicationContext onH2;

	@BeforeAll
	static void start() throws Exception {
		postgres = LocalPostgres.start();
		onPostgres = new SpringApplicationBuilder(MbcOptionsApplication.class).web(WebApplicationType.NONE)
			.profiles("postgres")
			.run("--spring.datasource.url=" + postgres.jdbcUrl(), "--spring.datasource.username=mbc",
					"--spring.datasource.password=");
		onH2 = new SpringApplicationBuilder(MbcOptionsApplication.class).web(WebApplicationType.NONE)
			.run("--spring.datasource.url=jdbc:h2:mem:parity;DB_CLOSE_DELAY=-1");
	}

	@AfterAll
	static void stop() throws Exception {
		if (onPostgres != null) {
			onPostgres.close();
		}
		if (onH2 != null) {
			onH2.close();
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	void theAppReallyRunsOnPostgres() throws Exception {
		try (var connection = onPostgres.getBean(javax.sql.DataSource.class).getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
		}
		try (var connection = onH2.getBean(javax.sql.DataSource.class).getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("H2");
		}
	}

	@Test
	void everyTherapyIsTheSameOnBothDatabases() {
		List<TherapyRecord> h2 = onH2.getBean(TherapyService.class).findAllRecords();
		List<TherapyRecord> pg = onPostgres.getBean(TherapyService.class).findAllRecords();
		assertThat(pg).hasSizeGreaterThan(30).containsExactlyElementsOf(h2);
	}

	@Test
	void optionsAreTheSameOnBothDatabases() {
		for (String query : PROFILES) {
			OptionResults h2 = find(onH2, query);
			OptionResults pg = find(onPostgres, query);
			assertThat(pg).as(query).isEqualTo(h2);
		}
	}

	private static OptionResults find(ConfigurableApplicationContext context, String query) {
		return context.getBean(OptionService.class).find(org.mbcoptions.options.QueryStrings.profile(query), Locale.UK);
	}

}
