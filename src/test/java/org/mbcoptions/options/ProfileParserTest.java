package org.mbcoptions.options;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mbcoptions.system.InvalidParameterException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProfileParserTest {

	@Test
	void missingParametersMeanUnknown() {
		assertThat(ProfileParser.parse(Map.of())).isEqualTo(Profile.unknown());
	}

	@Test
	void emptyValuesFromAFormMeanUnknown() {
		Profile profile = ProfileParser.parse(Map.of("hr", new String[] { "" }, "biomarker", new String[] { "" }));
		assertThat(profile).isEqualTo(Profile.unknown());
	}

	@Test
	void readsEveryParameterAndBiomarkersInAnyCase() {
		Profile profile = ProfileParser.parse(Map.of("hr", new String[] { "positive" }, "her2",
				new String[] { "ultralow" }, "biomarker", new String[] { "esr1", "PIK3CA", "pd-l1", "ESR1" }, "menopause",
				new String[] { "post" }, "site", new String[] { "bone", "liver" }));
		assertThat(profile.hr()).isEqualTo(HrAnswer.POSITIVE);
		assertThat(profile.her2()).isEqualTo(Her2Answer.ULTRALOW);
		assertThat(profile.biomarkers()).containsExactlyInAnyOrder(BiomarkerAnswer.ESR1, BiomarkerAnswer.PIK3CA,
				BiomarkerAnswer.PD_L1);
		assertThat(profile.menopause()).isEqualTo(MenopauseAnswer.POST);
		assertThat(profile.sites()).containsExactlyInAnyOrder(SiteAnswer.BONE, SiteAnswer.LIVER);
	}

	@Test
	void ignoresParametersItDoesNotDefine() {
		Profile profile = ProfileParser.parse(Map.of("hr", new String[] { "negative" }, "utm_source",
				new String[] { "newsletter" }, "fbclid", new String[] { "abc" }, "gclid", new String[] { "x" }));
		assertThat(profile.hr()).isEqualTo(HrAnswer.NEGATIVE);
	}

	@Test
	void rejectsAValueOutsideTheListAndNamesTheAllowedValues() {
		assertThatThrownBy(() -> ProfileParser.parse(Map.of("her2", new String[] { "2+" })))
			.isInstanceOfSatisfying(InvalidParameterException.class, ex -> {
				assertThat(ex.getParameter()).isEqualTo("her2");
				assertThat(ex.getAllowedValues()).containsExactly("positive", "low", "ultralow", "zero", "negative",
						"unknown");
			});
	}

	@Test
	void rejectsAnUnknownBiomarkerAndASingleValuedParameterGivenTwice() {
		assertThatThrownBy(() -> ProfileParser.parse(Map.of("biomarker", new String[] { "KRAS" })))
			.isInstanceOfSatisfying(InvalidParameterException.class,
					ex -> assertThat(ex.getAllowedValues()).contains("PIK3CA", "PD-L1", "BRAF-V600E"));
		assertThatThrownBy(() -> ProfileParser.parse(Map.of("hr", new String[] { "positive", "negative" })))
			.isInstanceOfSatisfying(InvalidParameterException.class, ex -> assertThat(ex.isRepeated()).isTrue());
	}

	@Test
	void writesTheCanonicalQueryThatParsesBackToTheSameProfile() {
		Profile profile = ProfileParser.parse(Map.of("hr", new String[] { "positive" }, "biomarker",
				new String[] { "esr1" }, "site", new String[] { "bone" }));
		String query = ProfileParser.toQuery(profile);
		assertThat(query).isEqualTo("hr=positive&her2=unknown&biomarker=ESR1&menopause=unknown&site=bone");
	}

}
