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
				new String[] { "ultralow" }, "biomarker", new String[] { "esr1", "PIK3CA", "pd-l1", "ESR1" },
				"menopause", new String[] { "post" }, "site", new String[] { "bone", "liver" }));
		assertThat(profile.hr()).isEqualTo(HrAnswer.POSITIVE);
		assertThat(profile.her2()).isEqualTo(Her2Answer.ULTRALOW);
		assertThat(profile.biomarkers()).containsExactlyInAnyOrder(BiomarkerAnswer.ESR1, BiomarkerAnswer.PIK3CA,
				BiomarkerAnswer.PD_L1);
		assertThat(profile.menopause()).isEqualTo(MenopauseAnswer.POST);
		assertThat(profile.sites()).containsExactlyInAnyOrder(SiteAnswer.BONE, SiteAnswer.LIVER);
	}

	@Test
	void readsTreatmentHistoryStrictlyAndWritesItBack() {
		Profile profile = ProfileParser.parse(Map.of("hr", new String[] { "positive" }, "had",
				new String[] { "cdk46", "endocrine", "", "endocrine" }));
		assertThat(profile.had()).containsExactly(HadAnswer.ENDOCRINE, HadAnswer.CDK46);
		assertThat(ProfileParser.toQuery(profile)).endsWith("&had=endocrine&had=cdk46");
		assertThat(ProfileParser.parse(QueryStrings.parse(ProfileParser.toQuery(profile)))).isEqualTo(profile);
		assertThatThrownBy(() -> ProfileParser.parse(Map.of("had", new String[] { "tamoxifen" })))
			.isInstanceOfSatisfying(InvalidParameterException.class, ex -> {
				assertThat(ex.getParameter()).isEqualTo("had");
				assertThat(ex.getAllowedValues()).containsExactly("endocrine", "cdk46", "chemo", "taxane",
						"anthracycline", "trastuzumab", "pertuzumab", "tdm1", "tdxd", "immunotherapy", "parp");
			});
		assertThatThrownBy(() -> ProfileParser.parse(Map.of("had", new String[] { "CHEMO" })))
			.isInstanceOf(InvalidParameterException.class);
		assertThat(ProfileParser.parse(Map.of("had", new String[] { "chemo" })).isEmpty()).isFalse();
	}

	@Test
	void readsWhereTheReaderLivesStrictlyAndWritesItBackOnlyWhenGiven() {
		Profile profile = ProfileParser
			.parse(Map.of("hr", new String[] { "positive" }, "region", new String[] { "uk" }));
		assertThat(profile.region()).isEqualTo(RegionAnswer.UK);
		assertThat(ProfileParser.toQuery(profile)).endsWith("&region=uk");
		assertThat(ProfileParser.parse(QueryStrings.parse(ProfileParser.toQuery(profile)))).isEqualTo(profile);
		// Where someone lives is not an answer about the cancer: on its own it selects
		// nothing.
		assertThat(ProfileParser.parse(Map.of("region", new String[] { "us" })).isEmpty()).isTrue();
		Profile notGiven = ProfileParser.parse(Map.of("region", new String[] { "" }));
		assertThat(notGiven.region()).isEqualTo(RegionAnswer.UNKNOWN);
		assertThat(ProfileParser.toQuery(notGiven)).doesNotContain("region");
		assertThatThrownBy(() -> ProfileParser.parse(Map.of("region", new String[] { "fr" }))).isInstanceOfSatisfying(
				InvalidParameterException.class,
				ex -> assertThat(ex.getAllowedValues()).containsExactly("us", "uk", "eu", "unknown"));
		assertThatThrownBy(() -> ProfileParser.parse(Map.of("region", new String[] { "UK" })))
			.isInstanceOf(InvalidParameterException.class);
		assertThatThrownBy(() -> ProfileParser.parse(Map.of("region", new String[] { "us", "uk" })))
			.isInstanceOfSatisfying(InvalidParameterException.class, ex -> assertThat(ex.isRepeated()).isTrue());
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

	@Test
	void readsSexAndResultsThatCameBackNegative() {
		Profile profile = ProfileParser.parse(Map.of("sex", new String[] { "female" }, "notFound",
				new String[] { "pik3ca", "ESR1" }, "biomarker", new String[] { "AKT1" }));
		assertThat(profile.sex()).isEqualTo(SexAnswer.FEMALE);
		assertThat(profile.notFound()).containsExactlyInAnyOrder(BiomarkerAnswer.PIK3CA, BiomarkerAnswer.ESR1);
		assertThat(profile.testedNegativeFor("PIK3CA")).isTrue();
		assertThat(profile.hasBiomarker("PIK3CA")).isFalse();
	}

	@Test
	void forAManMenopauseDoesNotApplyAndIsIgnoredNotRejected() {
		Profile profile = ProfileParser
			.parse(Map.of("sex", new String[] { "male" }, "menopause", new String[] { "pre" }));
		assertThat(profile.isMale()).isTrue();
		assertThat(profile.menopause()).isEqualTo(MenopauseAnswer.UNKNOWN);
		assertThat(profile.isPremenopausal()).isFalse();
		assertThat(ProfileParser.toQuery(profile)).isEqualTo("hr=unknown&her2=unknown&sex=male");
	}

	@Test
	void aBiomarkerBothFoundAndNotFoundIsAClear400() {
		assertThatThrownBy(() -> ProfileParser
			.parse(Map.of("biomarker", new String[] { "ESR1" }, "notFound", new String[] { "esr1" })))
			.isInstanceOfSatisfying(InvalidParameterException.class, ex -> {
				assertThat(ex.getParameter()).isEqualTo("notFound");
				assertThat(ex.getMessageKey()).isEqualTo("error.400.foundAndNotFound");
			});
		assertThatThrownBy(() -> ProfileParser.parse(Map.of("sex", new String[] { "other" })))
			.isInstanceOf(InvalidParameterException.class);
	}

	@Test
	void readsTheFormsPerTestRadioGroupsStrictly() {
		Map<String, String[]> form = Map.of("result.ESR1", new String[] { "found" }, "result.PIK3CA",
				new String[] { "notFound" }, "result.AKT1", new String[] { "" });
		assertThat(ProfileParser.hasFormResults(form)).isTrue();
		Profile profile = ProfileParser.parse(form);
		assertThat(profile.biomarkers()).containsExactly(BiomarkerAnswer.ESR1);
		assertThat(profile.notFound()).containsExactly(BiomarkerAnswer.PIK3CA);
		assertThat(ProfileParser.toQuery(profile))
			.isEqualTo("hr=unknown&her2=unknown&biomarker=ESR1&notFound=PIK3CA&menopause=unknown");
		assertThatThrownBy(() -> ProfileParser.parse(Map.of("result.ESR1", new String[] { "maybe" })))
			.isInstanceOf(InvalidParameterException.class);
		assertThatThrownBy(() -> ProfileParser.parse(Map.of("result.KRAS", new String[] { "found" })))
			.isInstanceOf(InvalidParameterException.class);
		assertThat(ProfileParser.hasFormResults(Map.of("biomarker", new String[] { "ESR1" }))).isFalse();
	}

}
