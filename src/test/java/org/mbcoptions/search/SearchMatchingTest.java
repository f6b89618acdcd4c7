package org.mbcoptions.search;

import org.junit.jupiter.params.ParameterizedTest;
import org.mbcoptions.model.TextMatch;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SearchMatchingTest {

	@ParameterizedTest(name = "\"{0}\" finds \"{1}\": {2}")
	@CsvSource({ "enhertu, Enhertu, true", "ENHERTU, Enhertu, true", "enhretu, Enhertu, true", "kisqaly, Kisqali, true",
			"trastuzumab, trastuzumab deruxtecan, true", "trast, trastuzumab, true",
			"deruxtecan trastuzumab, trastuzumab deruxtecan, true", "ibrance, Kisqali, false", "her, Herceptin, true",
			"he, Herceptin, false", "pd-l1, PD-L1, true", "nausea, Feeling sick (nausea), true",
			"nauzea, Feeling sick (nausea), true", "fulvestrant, alpelisib, false", "Phésgo, Phesgo, true" })
	void forgivesCaseAccentsAndSmallTyposButNotOtherWords(String query, String text, boolean found) {
		assertThat(TextMatch.score(TextMatch.words(query), TextMatch.words(text)) >= 0).isEqualTo(found);
	}

	@ParameterizedTest
	@CsvSource({ "enhertu, enhertu, 0", "enhretu, enhertu, 1", "kisqaly, kisqali, 1", "abc, xyz, 3" })
	void countsSwapsAsOneEdit(String a, String b, int distance) {
		assertThat(TextMatch.distance(a, b)).isEqualTo(distance);
	}

}
