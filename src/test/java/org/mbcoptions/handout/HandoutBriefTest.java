package org.mbcoptions.handout;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class HandoutBriefTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Low white blood cells (neutropenia)                              | Low white blood cells
			Lung inflammation (interstitial lung disease or pneumonitis)    | Lung inflammation
			Drip into a vein (infusion)                                      | Drip into a vein
			Tablets taken by mouth                                           | Tablets taken by mouth
			""")
	void keepsThePlainWordsAndDropsTheMedicalNamesInBrackets(String text, String brief) {
		assertThat(HandoutService.brief(text)).isEqualTo(brief);
	}

}
