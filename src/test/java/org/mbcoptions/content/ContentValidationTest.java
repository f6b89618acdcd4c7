package org.mbcoptions.content;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The content check on the real scripts plus one deliberately broken script each time:
 * the error must name the broken script and the row an editor has to fix.
 */
class ContentValidationTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T12:00:00Z"), ZoneOffset.UTC);

	@Test
	void theRealScriptsPassTheCheck() {
		assertThat(flyway().migrate().migrationsExecuted).isGreaterThan(1);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			textBlock = """
					therapy-without-source             | therapy 'unsourced-therapy': has no source
					therapy-without-side-effects       | therapy 'no-side-effects': has no side effects
					summary-too-hard                   | therapy 'hard-to-read': summary reads at grade
					indication-without-source          | indication 'elacestrant-unsourced-use': has no source
					unknown-biomarker-code             | biomarker 'KRAS': is not a biomarker code the public URLs accept
					indication-for-missing-therapy     | ghost-first-line
					duplicate-slug                     | 'elacestrant', 'Elacestrant again'
					missing-reviewed-date              | elacestrant-undated-use
					biomarker-slug-that-does-not-exist | esr-1
					recent-approval-without-source     | recent_approval 'unsourced-approval': has no source
					aromatase-inhibitor-without-ovarian-suppression | indication 'ribociclib-ai-first': (therapy 'ribociclib-aromatase-inhibitor') before menopause, an aromatase inhibitor or fulvestrant needs ovarian suppression
					men-without-gnrh-agent             | indication 'aromatase-inhibitor-first': (therapy 'aromatase-inhibitor') in men, an aromatase inhibitor needs a GnRH agent
					her2-positive-first-line-chemotherapy | indication 'gemcitabine-paclitaxel-first': (therapy 'gemcitabine-paclitaxel') for HER2-positive cancer, chemotherapy as a first treatment needs a HER2 drug
					regimen-missing-label-warning      | (therapy 'tucatinib-trastuzumab-capecitabine') does not list dpd-deficiency, a warning on the label of capecitabine
					approval-from-a-news-site          | approval 'elacestrant US_FDA': cites source 'news-fda-elacestrant', which is not on the regulator's own site
					preferred-without-guideline        | indication 'elacestrant-esr1-later': is PREFERRED but names no guideline
					found-and-absent-biomarker         | indication 'elacestrant-esr1-later': (therapy 'elacestrant') needs ESR1, which was tested and not found
					prior-treatment-on-a-first-line-use | indication 'abemaciclib-ai-first': is a first-line use, so it cannot need an earlier treatment
					not-after-on-a-later-use           | indication 'elacestrant-esr1-later': is not a first-line use, so no treatment can put it behind someone
					action-without-source              | side_effect_action 'cough mention': has no source
					action-from-a-blog                 | side_effect_action 'weight-changes call-today': cites https://example-health-blog.com/rash, which is not an https page of a care-advice publisher
					glossary-reviewed-in-the-future    | glossary_term 'accelerated-approval': has a review date in the future
					source-over-http                   | source 'plain-http-page': links to http://www.nhs.uk/conditions/example/, which is not an https address
					approval-without-uses              | approval 'elacestrant EU_EMA 2023-09-15': covers no use
					approval-for-another-therapy       | approval 'elacestrant US_FDA 2023-01-27': covers indication 'imlunestrant-esr1-later', which is a use of another therapy
					use-with-two-decisions             | approval_indication 'eribulin-later UK_NICE': is covered by 2 decisions in one region
					serious-side-effect-without-action | side_effect 'cough': is serious on 'elacestrant' but says nothing about what to notice and what to do
					""")
	void aBrokenScriptFailsWithItsNameAndTheRow(String brokenCase, String row) {
		String script = "V900__content_broken_" + brokenCase.replace('-', '_') + ".sql";
		// Flyway logs each failed migration as an ERROR; here the failure is the expected
		// outcome, so the build log
		// stays free of ERROR lines that would hide a real one.
		ch.qos.logback.classic.Logger migrate = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
			.getLogger("org.flywaydb.core.internal.command.DbMigrate");
		ch.qos.logback.classic.Level before = migrate.getLevel();
		migrate.setLevel(ch.qos.logback.classic.Level.OFF);
		try {
			assertThatThrownBy(() -> flyway("classpath:broken/" + brokenCase).migrate())
				.isInstanceOf(FlywayException.class)
				.hasMessageContaining(script)
				.hasMessageContaining(row);
		}
		finally {
			migrate.setLevel(before);
		}
	}

	@Test
	void itemsNotReviewedForTwoYearsAreReportedButDoNotFail() throws SQLException {
		Flyway flyway = flyway("classpath:broken/review-overdue");
		flyway.migrate();
		try (Connection connection = flyway.getConfiguration().getDataSource().getConnection()) {
			assertThat(ContentChecks.dueForReview(connection, TODAY)).extracting(ContentProblem::key)
				.containsExactly("elacestrant");
			assertThat(ContentChecks.dueForReview(connection, LocalDate.of(2025, 6, 1))).isEmpty();
		}
	}

	@Test
	void everyReviewedTableIsInTheOneListThatTheChecksReportAndFooterRead() throws SQLException {
		Flyway flyway = flyway();
		flyway.migrate();
		try (Connection connection = flyway.getConfiguration().getDataSource().getConnection();
				java.sql.ResultSet columns = connection.getMetaData().getColumns(null, "PUBLIC", null, "REVIEWED_ON")) {
			java.util.List<String> tables = new java.util.ArrayList<>();
			while (columns.next()) {
				tables.add(columns.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
			}
			assertThat(tables).isNotEmpty();
			assertThat(org.mbcoptions.model.ReviewedTable.ALL).extracting(org.mbcoptions.model.ReviewedTable::table)
				.containsExactlyInAnyOrderElementsOf(tables);
		}
	}

	@Test
	void glossaryTermsAndSideEffectActionsAreDueForReviewToo() throws SQLException {
		Flyway flyway = flyway("classpath:broken/review-overdue-everywhere");
		flyway.migrate();
		try (Connection connection = flyway.getConfiguration().getDataSource().getConnection()) {
			assertThat(ContentChecks.dueForReview(connection, TODAY)).extracting(ContentProblem::key)
				.containsExactly("accelerated-approval", "diarrhoea call-now");
		}
	}

	private static Flyway flyway(String... extraLocations) {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
		String[] locations = new String[2 + extraLocations.length];
		locations[0] = "classpath:db/schema";
		locations[1] = "classpath:db/content";
		System.arraycopy(extraLocations, 0, locations, 2, extraLocations.length);
		return Flyway.configure()
			.dataSource(dataSource)
			.locations(locations)
			.callbacks(new ContentValidationCallback(CLOCK))
			.load();
	}

}
