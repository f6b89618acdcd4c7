package org.mbcoptions.options;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mbcoptions.model.Her2Category;
import org.mbcoptions.model.HrRequirement;
import org.mbcoptions.model.MenopauseRequirement;
import org.mbcoptions.model.MetastaticSite;
import org.mbcoptions.model.SexRequirement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mbcoptions.model.Her2Category.LOW;
import static org.mbcoptions.model.Her2Category.POSITIVE;
import static org.mbcoptions.model.Her2Category.ULTRALOW;
import static org.mbcoptions.model.Her2Category.ZERO;

/**
 * The filter rules, one row per profile and indication, with the outcome each must give.
 */
class OptionMatcherTest {

	private static final Set<Her2Category> HER2_NEGATIVE = EnumSet.of(LOW, ULTRALOW, ZERO);

	private static final Set<Her2Category> ANY_HER2 = EnumSet.allOf(Her2Category.class);

	// Indications shaped like real ones, so each row reads as a clinical situation.
	static final Criteria CDK46_FIRST_LINE = criteria(HrRequirement.POSITIVE, HER2_NEGATIVE, MenopauseRequirement.ANY);

	static final Criteria ESR1_SERD = criteria(HrRequirement.POSITIVE, HER2_NEGATIVE, MenopauseRequirement.POST,
			"ESR1");

	static final Criteria HER2_LOW_ADC = criteria(HrRequirement.ANY, EnumSet.of(LOW), MenopauseRequirement.ANY);

	static final Criteria HER2_ULTRALOW_ADC = criteria(HrRequirement.POSITIVE, EnumSet.of(ULTRALOW),
			MenopauseRequirement.ANY);

	static final Criteria HER2_POSITIVE_FIRST = criteria(HrRequirement.ANY, EnumSet.of(POSITIVE),
			MenopauseRequirement.ANY);

	static final Criteria TNBC_PD_L1 = criteria(HrRequirement.NEGATIVE, HER2_NEGATIVE, MenopauseRequirement.ANY,
			"PD-L1");

	static final Criteria MSI_H_AGNOSTIC = criteria(HrRequirement.ANY, ANY_HER2, MenopauseRequirement.ANY, "MSI-H");

	static final Criteria GERMLINE_BRCA2 = criteria(HrRequirement.ANY, HER2_NEGATIVE, MenopauseRequirement.ANY,
			"BRCA2");

	static final Criteria OVARIAN_SUPPRESSION = criteria(HrRequirement.POSITIVE, HER2_NEGATIVE,
			MenopauseRequirement.PRE);

	static final Criteria BONE_DRUG = new Criteria(HrRequirement.ANY, ANY_HER2, MenopauseRequirement.ANY,
			MetastaticSite.BONE, List.of());

	static Stream<Arguments> rows() {
		return Stream.of(
				// HR-positive, HER2-zero
				row(profile("positive", "zero"), CDK46_FIRST_LINE, "fits"),
				row(profile("positive", "zero"), ESR1_SERD, "test ESR1"),
				row(profile("positive", "zero", "ESR1"), ESR1_SERD, "fits"),
				row(profile("positive", "zero"), HER2_LOW_ADC, "test HER2-LOW"),
				row(profile("positive", "zero"), HER2_POSITIVE_FIRST, "ruled out"),
				row(profile("positive", "zero"), TNBC_PD_L1, "ruled out"),
				// her2=negative: HER2-negative with the level unknown leads to the
				// low/ultralow question
				row(profile("positive", "negative"), CDK46_FIRST_LINE, "fits"),
				row(profile("positive", "negative"), HER2_LOW_ADC, "test HER2-LOW"),
				row(profile("positive", "negative"), HER2_ULTRALOW_ADC, "test HER2-LOW"),
				row(profile("positive", "negative"), HER2_POSITIVE_FIRST, "ruled out"),
				// HER2-ultralow and HR-negative: the ultralow approval needs HR-positive
				// disease
				row(profile("negative", "ultralow"), HER2_ULTRALOW_ADC, "ruled out"),
				row(profile("negative", "ultralow"), HER2_LOW_ADC, "ruled out"),
				row(profile("positive", "ultralow"), HER2_ULTRALOW_ADC, "fits"),
				row(profile("negative", "low"), HER2_LOW_ADC, "fits"),
				// Triple-negative with PD-L1 CPS >= 10
				row(profile("negative", "zero", "PD-L1"), TNBC_PD_L1, "fits"),
				row(profile("negative", "zero"), TNBC_PD_L1, "test PD-L1"),
				row(profile("negative", "zero", "PD-L1"), CDK46_FIRST_LINE, "ruled out"),
				// Unknown HR or HER2: not called a fit, offered behind the test that
				// decides it
				row(profile("unknown", "zero"), CDK46_FIRST_LINE, "test HR"),
				row(profile("positive", "unknown"), CDK46_FIRST_LINE, "test HER2"),
				row(profile("unknown", "unknown"), ESR1_SERD, "test HR"),
				row(profile("unknown", "unknown", "MSI-H"), MSI_H_AGNOSTIC, "fits"),
				row(profile("unknown", "unknown"), MSI_H_AGNOSTIC, "test MSI-H"),
				row(profile("positive", "positive", "MSI-H"), MSI_H_AGNOSTIC, "fits"),
				row(profile("unknown", "positive"), HER2_POSITIVE_FIRST, "fits"),
				// Germline BRCA2
				row(profile("positive", "zero", "BRCA2"), GERMLINE_BRCA2, "fits"),
				row(profile("positive", "positive", "BRCA2"), GERMLINE_BRCA2, "ruled out"),
				// Menopause: a contradiction rules out, an unknown does not
				row(profile("positive", "zero", "ESR1").withMenopause("pre"), ESR1_SERD, "ruled out"),
				row(profile("positive", "zero", "ESR1").withMenopause("post"), ESR1_SERD, "fits"),
				row(profile("positive", "zero").withMenopause("post"), OVARIAN_SUPPRESSION, "ruled out"),
				row(profile("positive", "zero").withMenopause("pre"), OVARIAN_SUPPRESSION, "fits"),
				// Site: not given is unknown, a different site rules out
				row(profile("unknown", "unknown"), BONE_DRUG, "fits"),
				row(profile("unknown", "unknown").withSite("bone"), BONE_DRUG, "fits"),
				row(profile("unknown", "unknown").withSite("liver"), BONE_DRUG, "ruled out"));
	}

	@ParameterizedTest(name = "{0} + {1} -> {2}")
	@MethodSource("rows")
	void matchesAsTheRulesSay(ProfileRow profile, Criteria criteria, String expected) {
		Match match = OptionMatcher.match(profile.build(), criteria);
		assertThat(describe(match)).isEqualTo(expected);
	}

	@org.junit.jupiter.api.Test
	void fitSaysWhatMatchedAndWhatWasNotKnown() {
		Match match = OptionMatcher.match(profile("positive", "zero", "ESR1").build(), ESR1_SERD);
		assertThat(match).isInstanceOfSatisfying(Match.Fits.class, fit -> {
			assertThat(fit.matched()).containsExactly(Fact.of("hr.positive"), Fact.of("her2.zero"),
					new Fact("biomarker", "ESR1"));
			assertThat(fit.notKnown()).containsExactly(Fact.of("menopause.post"));
		});
	}

	@org.junit.jupiter.api.Test
	void theMostBasicMissingResultIsAskedFirst() {
		Match match = OptionMatcher.match(Profile.unknown(), TNBC_PD_L1);
		assertThat(match).isEqualTo(new Match.NeedsTest(PendingTest.HR));
	}

	private static String describe(Match match) {
		if (match instanceof Match.Fits) {
			return "fits";
		}
		if (match instanceof Match.NeedsTest needs) {
			return "test " + needs.test().code();
		}
		return "ruled out";
	}

	private static Criteria criteria(HrRequirement hr, Set<Her2Category> her2, MenopauseRequirement menopause,
			String... biomarkers) {
		return new Criteria(hr, her2, menopause, null, Arrays.asList(biomarkers));
	}

	private static Arguments row(ProfileRow profile, Criteria criteria, String expected) {
		return Arguments.of(profile, criteria, expected);
	}

	static ProfileRow profile(String hr, String her2, String... biomarkers) {
		return new ProfileRow(hr, her2, List.of(biomarkers), "unknown", null);
	}

	/**
	 * A profile written the way its URL would be, so each row reads like a query string.
	 */
	record ProfileRow(String hr, String her2, List<String> biomarkers, String menopause, String site) {

		ProfileRow withMenopause(String value) {
			return new ProfileRow(hr, her2, biomarkers, value, site);
		}

		ProfileRow withSite(String value) {
			return new ProfileRow(hr, her2, biomarkers, menopause, value);
		}

		Profile build() {
			java.util.Map<String, String[]> params = new java.util.HashMap<>();
			params.put("hr", new String[] { hr });
			params.put("her2", new String[] { her2 });
			params.put("biomarker", biomarkers.toArray(String[]::new));
			params.put("menopause", new String[] { menopause });
			if (site != null) {
				params.put("site", new String[] { site });
			}
			return ProfileParser.parse(params);
		}

		@Override
		public String toString() {
			return "hr=" + hr + " her2=" + her2 + " biomarkers=" + biomarkers + " menopause=" + menopause
					+ (site == null ? "" : " site=" + site);
		}

	}

	// Negative results and sex: separate from the table above because they need the newer
	// profile fields.

	static final Criteria PIK3CA_NEEDED = criteria(HrRequirement.POSITIVE, HER2_NEGATIVE, MenopauseRequirement.ANY,
			"PIK3CA");

	static final Criteria NO_PIK3CA_NEEDED = new Criteria(HrRequirement.POSITIVE, HER2_NEGATIVE,
			MenopauseRequirement.ANY, SexRequirement.ANY, null, List.of(), List.of("PIK3CA"));

	static final Criteria WOMEN_AFTER_MENOPAUSE = new Criteria(HrRequirement.POSITIVE, HER2_NEGATIVE,
			MenopauseRequirement.POST, SexRequirement.FEMALE, null, List.of(), List.of());

	static final Criteria AFTER_MENOPAUSE_AND_MEN = criteria(HrRequirement.POSITIVE, HER2_NEGATIVE,
			MenopauseRequirement.POST);

	static Stream<Arguments> negativeResultsAndSex() {
		return Stream.of(Arguments.of(query("hr=positive&her2=zero"), PIK3CA_NEEDED, "test PIK3CA"),
				Arguments.of(query("hr=positive&her2=zero&notFound=PIK3CA"), PIK3CA_NEEDED, "ruled out"),
				Arguments.of(query("hr=positive&her2=zero&biomarker=PIK3CA"), PIK3CA_NEEDED, "fits"),
				Arguments.of(query("hr=positive&her2=zero"), NO_PIK3CA_NEEDED, "test PIK3CA"),
				Arguments.of(query("hr=positive&her2=zero&notFound=PIK3CA"), NO_PIK3CA_NEEDED, "fits"),
				Arguments.of(query("hr=positive&her2=zero&biomarker=PIK3CA"), NO_PIK3CA_NEEDED, "ruled out"),
				Arguments.of(query("hr=positive&her2=zero&sex=male"), WOMEN_AFTER_MENOPAUSE, "ruled out"),
				Arguments.of(query("hr=positive&her2=zero&sex=male"), AFTER_MENOPAUSE_AND_MEN, "fits"),
				Arguments.of(query("hr=positive&her2=zero&sex=male&menopause=pre"), AFTER_MENOPAUSE_AND_MEN, "fits"),
				Arguments.of(query("hr=positive&her2=zero&sex=male"), OVARIAN_SUPPRESSION, "ruled out"),
				Arguments.of(query("hr=positive&her2=zero&sex=female&menopause=post"), WOMEN_AFTER_MENOPAUSE, "fits"),
				Arguments.of(query("hr=positive&her2=zero&sex=female&menopause=pre"), WOMEN_AFTER_MENOPAUSE,
						"ruled out"),
				Arguments.of(query("hr=positive&her2=zero"), WOMEN_AFTER_MENOPAUSE, "fits"));
	}

	@ParameterizedTest(name = "{0} with {1}: {2}")
	@MethodSource("negativeResultsAndSex")
	void aNegativeResultIsInformationAndSexDecidesWhatMenAreShown(Profile profile, Criteria criteria, String expected) {
		assertThat(describe(OptionMatcher.match(profile, criteria))).isEqualTo(expected);
	}

	@org.junit.jupiter.api.Test
	void withSexNotGivenAWomenOnlyLabelSaysSoAndAManSaysNothingOfMenopause() {
		Match unknownSex = OptionMatcher.match(query("hr=positive&her2=zero"), WOMEN_AFTER_MENOPAUSE);
		assertThat(((Match.Fits) unknownSex).notKnown()).contains(Fact.of("sex.female"),
				Fact.of("menopause.postWomen"));
		Match man = OptionMatcher.match(query("hr=positive&her2=zero&sex=male"), AFTER_MENOPAUSE_AND_MEN);
		assertThat(((Match.Fits) man).matched()).contains(Fact.of("sex.male"));
		assertThat(((Match.Fits) man).notKnown()).isEmpty();
	}

	private static Profile query(String query) {
		return QueryStrings.profile(query);
	}

}
