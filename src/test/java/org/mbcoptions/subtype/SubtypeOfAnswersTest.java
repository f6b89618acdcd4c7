package org.mbcoptions.subtype;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mbcoptions.catalogue.Subtype;
import org.mbcoptions.options.Her2Answer;
import org.mbcoptions.options.HrAnswer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which subtype's page the results link to, by the one matching rule on the real subtype
 * rows, for every HR and HER2 answer: none while the answers fit more than one.
 */
@SpringBootTest
class SubtypeOfAnswersTest {

	@Autowired
	private SubtypeService subtypes;

	@ParameterizedTest(name = "hr={0} her2={1}: {2}")
	@CsvSource(nullValues = "none", textBlock = """
			POSITIVE, POSITIVE, her2-positive
			NEGATIVE, POSITIVE, her2-positive
			UNKNOWN,  POSITIVE, her2-positive
			POSITIVE, LOW,      hr-positive-her2-negative
			POSITIVE, ULTRALOW, hr-positive-her2-negative
			POSITIVE, ZERO,     hr-positive-her2-negative
			POSITIVE, NEGATIVE, hr-positive-her2-negative
			NEGATIVE, LOW,      triple-negative
			NEGATIVE, ULTRALOW, triple-negative
			NEGATIVE, ZERO,     triple-negative
			NEGATIVE, NEGATIVE, triple-negative
			POSITIVE, UNKNOWN,  none
			NEGATIVE, UNKNOWN,  none
			UNKNOWN,  LOW,      none
			UNKNOWN,  ZERO,     none
			UNKNOWN,  NEGATIVE, none
			UNKNOWN,  UNKNOWN,  none
			""")
	void everyHrAndHer2AnswerLeadsToOneSubtypeOrToNone(HrAnswer hr, Her2Answer her2, String slug) {
		assertThat(subtypes.of(hr.requirement(), her2.possibleCategories()).map(Subtype::getSlug).orElse(null))
			.isEqualTo(slug);
	}

}
