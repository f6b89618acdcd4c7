package org.mbcoptions.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.mbcoptions.options.OptionResults;
import org.mbcoptions.options.OptionService;
import org.mbcoptions.options.RegionalDecisions;
import org.mbcoptions.options.OptionView;
import org.mbcoptions.options.ProfileParser;
import org.mbcoptions.options.QueryStrings;
import org.mbcoptions.options.TestSuggestion;
import org.mbcoptions.recent.RecentApprovals;
import org.mbcoptions.therapy.Companions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real profiles against the real seed scripts: what must be listed, what must not, and
 * which tests must be suggested. The cases live in {@code catalogue/profiles.csv} so an
 * editor can add one with each content change.
 */
@DataJpaTest
@Import({ OptionService.class, RecentApprovals.class, Companions.class, RegionalDecisions.class })
@ImportAutoConfiguration(MessageSourceAutoConfiguration.class)
class CatalogueProfilesTest {

	@Autowired
	private OptionService options;

	@ParameterizedTest(name = "{0}: {1}")
	@CsvFileSource(resources = "/catalogue/profiles.csv", delimiter = ';', numLinesToSkip = 1)
	void listsWhatFitsAndNothingElse(String name, String query, String mustList, String mustNotList,
			String testsToSuggest) {
		OptionResults results = options.find(ProfileParser.parse(QueryStrings.parse(query)), Locale.UK);
		List<String> listed = results.options().stream().map(OptionView::slug).toList();
		List<String> tests = results.testsToConsider().stream().map(TestSuggestion::test).toList();

		assertThat(listed).as("listed for %s", query).containsAll(slugs(mustList));
		for (String slug : slugs(mustNotList)) {
			assertThat(listed).as("not listed for %s", query).doesNotContain(slug);
		}
		assertThat(tests).as("tests for %s", query).containsAll(slugs(testsToSuggest));
		assertThat(results.options()).allSatisfy(o -> assertThat(o.why()).isNotBlank());
	}

	private static List<String> slugs(String cell) {
		return cell == null || cell.isBlank() ? List.of() : Arrays.stream(cell.split(",")).map(String::strip).toList();
	}

}
