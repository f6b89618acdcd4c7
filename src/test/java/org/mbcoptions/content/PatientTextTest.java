package org.mbcoptions.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything a patient reads, held to reading grade 8 and to plain words: the catalogue's
 * texts after every seed script, and the site's own messages. Drug, brand and
 * organisation names are scored as one short word, because a writer cannot make
 * "trastuzumab deruxtecan" plainer; everything around them is scored as written. Texts
 * under ten words (a route such as "Tablets by mouth") are not scored: a Flesch-Kincaid
 * grade means little there.
 */
@DataJpaTest
class PatientTextTest {

	static final double MAX_GRADE = 8.0;

	/** Catalogue columns patients read, with the key that names the row. */
	private static final String[][] TEXTS = { { "therapy summary", "select slug, summary from therapy" },
			{ "therapy how_it_works", "select slug, how_it_works from therapy" },
			{ "therapy route", "select slug, route from therapy" },
			{ "therapy schedule", "select slug, schedule from therapy" },
			{ "indication conditions", "select code, conditions from indication" },
			{ "side_effect explanation", "select slug, explanation from side_effect" },
			{ "biomarker explanation", "select code, explanation from biomarker" },
			{ "biomarker how_tested", "select code, how_tested from biomarker" },
			{ "subtype summary", "select slug, summary from subtype" },
			{ "drug_class summary", "select slug, summary from drug_class" },
			{ "topic summary", "select slug, summary from topic" }, { "topic body", "select slug, body from topic" },
			{ "glossary_term meaning", "select slug, meaning from glossary_term" },
			{ "recent_approval for_whom", "select slug, for_whom from recent_approval" },
			{ "recent_approval not_yet_checked", "select slug, not_yet_checked from recent_approval" },
			{ "approval note",
					"select t.slug || ' ' || a.region, a.note from approval a join therapy t on t.id = a.therapy_id" },
			{ "drug_warning test_before", """
					select d.name || ' ' || e.slug, w.test_before from drug_warning w join drug d on d.id = w.drug_id
					join side_effect e on e.id = w.side_effect_id where w.test_before is not null""" },
			{ "side_effect_action notice", """
					select e.slug || ' ' || a.urgency, a.notice from side_effect_action a
					join side_effect e on e.id = a.side_effect_id""" }, { "side_effect_action action", """
					select e.slug || ' ' || a.urgency, a.action from side_effect_action a
					join side_effect e on e.id = a.side_effect_id""" },
			{ "helpline hours", "select name, hours from helpline where hours is not null" } };

	private static final Pattern WORD = Pattern.compile("[A-Za-z]+");

	private static final int MIN_WORDS_TO_SCORE = 10;

	private static final List<String> ORGANISATIONS = List.of("National Institute for Health and Care Excellence",
			"Food and Drug Administration", "European Medicines Agency");

	@Autowired
	private DataSource dataSource;

	private List<String> names;

	private record Text(String where, String text) {
	}

	@BeforeEach
	void loadNames() throws SQLException {
		names = column("select name from drug union select brand_name from drug_brand_name"
				+ " union select name from recent_approval union select brand_name from recent_approval");
		names.addAll(ORGANISATIONS);
		names.sort(Comparator.comparingInt(String::length).reversed());
	}

	@Test
	void everyCatalogueTextReadsAtGrade8OrLower() throws SQLException {
		List<String> tooHard = new ArrayList<>();
		for (Text t : catalogueTexts()) {
			double grade = ReadingGrade.of(withoutNames(t.text()));
			if (wordCount(t.text()) >= MIN_WORDS_TO_SCORE && grade > MAX_GRADE) {
				tooHard.add(String.format(Locale.ROOT, "%s reads at grade %.1f: %s", t.where(), grade, t.text()));
			}
		}
		assertThat(tooHard).as("texts above grade %.0f", MAX_GRADE).isEmpty();
	}

	@Test
	void everyExplanatoryMessageReadsAtGrade8OrLower() throws IOException {
		List<String> tooHard = new ArrayList<>();
		messages().forEach((key, value) -> {
			String text = value.toString().replaceAll("\\{\\d+}", "it");
			if (wordCount(text) >= MIN_WORDS_TO_SCORE) {
				double grade = ReadingGrade.of(withoutNames(text));
				if (grade > MAX_GRADE) {
					tooHard.add(String.format(Locale.ROOT, "%s reads at grade %.1f: %s", key, grade, text));
				}
			}
		});
		assertThat(tooHard).as("messages above grade %.0f", MAX_GRADE).isEmpty();
	}

	/**
	 * A long word that is neither a drug name, nor in the glossary, nor a known plain
	 * word is most likely jargon that a patient would need explained: add it to the
	 * glossary, choose a plainer word, or, if it is plain English, add it to
	 * {@code plain-long-words.txt}.
	 */
	@Test
	void everyLongWordIsPlainOrExplainedInTheGlossary() throws SQLException, IOException {
		Set<String> explained = new TreeSet<>();
		for (String form : column("select form from glossary_form")) {
			WORD.matcher(form.toLowerCase(Locale.ROOT)).results().forEach(m -> explained.add(m.group()));
		}
		Set<String> plain = plainLongWords();
		Set<String> unexplained = new TreeSet<>();
		for (Text t : catalogueTexts()) {
			Matcher word = WORD.matcher(withoutNames(t.text()));
			while (word.find()) {
				String w = word.group().toLowerCase(Locale.ROOT);
				if (ReadingGrade.syllables(w) >= 4 && !explained.contains(w) && !plain.contains(w)) {
					unexplained.add(w + " (" + t.where() + ")");
				}
			}
		}
		assertThat(unexplained).as("long words neither explained nor listed as plain").isEmpty();
	}

	@Test
	void theGradeCheckDoesCatchHardText() {
		assertThat(ReadingGrade.of(withoutNames("Pharmacological interventions necessitate individualised "
				+ "consideration of contraindications and comorbidities.")))
			.isGreaterThan(MAX_GRADE);
		assertThat(ReadingGrade.of(withoutNames("Fulvestrant is an injection. It is given once a month.")))
			.isLessThanOrEqualTo(MAX_GRADE);
	}

	private List<Text> catalogueTexts() throws SQLException {
		List<Text> texts = new ArrayList<>();
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			for (String[] column : TEXTS) {
				try (ResultSet rows = s.executeQuery(column[1])) {
					while (rows.next()) {
						texts.add(new Text(column[0] + " of " + rows.getString(1), rows.getString(2)));
					}
				}
			}
		}
		return texts;
	}

	private static long wordCount(String text) {
		return WORD.matcher(text).results().count();
	}

	private String withoutNames(String text) {
		String plain = text;
		for (String name : names) {
			plain = plain.replaceAll("(?i)(?<![\\p{L}-])" + Pattern.quote(name) + "(?![\\p{L}])", "drug");
		}
		return plain;
	}

	private List<String> column(String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Connection c = dataSource.getConnection();
				Statement s = c.createStatement();
				ResultSet rows = s.executeQuery(sql)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

	private static Properties messages() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = PatientTextTest.class.getResourceAsStream("/messages.properties")) {
			messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return messages;
	}

	private static Set<String> plainLongWords() throws IOException {
		try (InputStream in = PatientTextTest.class.getResourceAsStream("/content/plain-long-words.txt")) {
			Set<String> words = new TreeSet<>();
			new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(l -> !l.isEmpty() && !l.startsWith("#"))
				.forEach(l -> words.add(l.toLowerCase(Locale.ROOT)));
			return words;
		}
	}

}
