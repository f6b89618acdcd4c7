package org.mbcoptions.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.mbcoptions.model.Preference;
import org.mbcoptions.model.TreatmentLine;
import org.mbcoptions.options.OptionResults;
import org.mbcoptions.options.OptionService;
import org.mbcoptions.options.RegionalDecisions;
import org.mbcoptions.options.OptionView;
import org.mbcoptions.options.ProfileParser;
import org.mbcoptions.options.QueryStrings;
import org.mbcoptions.recent.RecentApprovals;
import org.mbcoptions.therapy.Companions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The usual first choice comes first, with the guideline that says so: one row per
 * situation in {@code catalogue/first-choice.csv}, naming the options a guideline puts
 * first and the guideline's address.
 */
@DataJpaTest
@Import({ OptionService.class, RecentApprovals.class, Companions.class, RegionalDecisions.class })
@ImportAutoConfiguration(MessageSourceAutoConfiguration.class)
class FirstChoiceTest {

	@Autowired
	private OptionService options;

	@ParameterizedTest(name = "{0}")
	@CsvFileSource(resources = "/catalogue/first-choice.csv", delimiter = ';', numLinesToSkip = 1)
	void theUsualFirstChoiceComesFirstWithItsGuideline(String name, String query, TreatmentLine line, String firstOneOf,
			String guidelineUrl) {
		OptionResults results = options.find(ProfileParser.parse(QueryStrings.parse(query)), Locale.UK);
		List<OptionView> inLine = results.options().stream().filter(o -> o.line() == line).toList();

		assertThat(inLine).as("options in line %s for %s", line, query).isNotEmpty();
		OptionView first = inLine.get(0);
		assertThat(first.slug()).as("first option for %s", query).isIn(Arrays.asList(firstOneOf.split(",")));
		assertThat(first.preference()).isEqualTo(Preference.PREFERRED);
		assertThat(first.guideline()).isNotNull();
		assertThat(first.guideline().url()).isEqualTo(guidelineUrl);
		// Everything for some people only comes last in its line.
		List<Preference> order = inLine.stream().map(OptionView::preference).toList();
		int firstSomePeople = order.indexOf(Preference.SOME_PEOPLE);
		if (firstSomePeople >= 0) {
			assertThat(order.subList(firstSomePeople, order.size())).containsOnly(Preference.SOME_PEOPLE);
		}
	}

}
