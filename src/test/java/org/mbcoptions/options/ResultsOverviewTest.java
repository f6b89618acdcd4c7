package org.mbcoptions.options;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mbcoptions.model.Preference;
import org.mbcoptions.model.TherapyCategory;
import org.mbcoptions.model.TreatmentLine;
import org.mbcoptions.options.ResultsOverview.Group;
import org.mbcoptions.options.ResultsOverview.TherapyGroup;

import static org.assertj.core.api.Assertions.assertThat;

class ResultsOverviewTest {

	private static OptionView option(String slug, TreatmentLine line, TherapyCategory category, Preference preference,
			List<String> needsFound, String route) {
		return new OptionView(slug, slug, List.of(slug), line, category, "why", List.of(), List.of(),
				List.of("when " + line), List.of(), needsFound, List.of(), true, true, preference, null, List.of(),
				route, "Once a day. Goes on.", List.of(), PriorStatus.NONE, false, List.of());
	}

	private static OptionResults results(Profile profile, List<OptionView> inReadingOrder, List<TestSuggestion> tests) {
		// One line group per option is enough: the overview reads options() in order.
		List<OptionResults.LineGroup> groups = inReadingOrder.stream()
			.map(o -> new OptionResults.LineGroup(o.line(),
					List.of(new OptionResults.BucketGroup(OptionService.bucket(o), List.of(o)))))
			.toList();
		return new OptionResults(profile, groups, tests, List.of(), List.of());
	}

	private static TestSuggestion test(String code, int options) {
		List<TestSuggestion.OptionLink> links = java.util.stream.IntStream.range(0, options)
			.mapToObj(i -> new TestSuggestion.OptionLink("t" + i, "T" + i))
			.toList();
		return new TestSuggestion(code, code, "", "", null, links);
	}

	private static final Profile HR_POSITIVE_ESR1 = new Profile(HrAnswer.POSITIVE, Her2Answer.ZERO,
			Set.of(BiomarkerAnswer.ESR1), MenopauseAnswer.POST, Set.of());

	@Test
	void eachTherapyComesOnceWithEveryLineItFitsAndTheUsualGroupsOpen() {
		ResultsOverview overview = ResultsOverview.of(results(HR_POSITIVE_ESR1,
				List.of(option("cdk-ai", TreatmentLine.FIRST, TherapyCategory.TARGETED_THERAPY, Preference.PREFERRED,
						List.of(), "Tablets taken by mouth"),
						option("fulvestrant", TreatmentLine.FIRST, TherapyCategory.HORMONE_THERAPY, Preference.OTHER,
								List.of(), "Injection into a muscle"),
						option("elacestrant", TreatmentLine.LATER, TherapyCategory.HORMONE_THERAPY, Preference.OTHER,
								List.of("ESR1"), "Tablets taken by mouth"),
						option("fulvestrant", TreatmentLine.LATER, TherapyCategory.HORMONE_THERAPY, Preference.OTHER,
								List.of(), "Injection into a muscle"),
						option("paclitaxel", TreatmentLine.LATER, TherapyCategory.CHEMOTHERAPY, Preference.OTHER,
								List.of(), "Drip into a vein (infusion)"),
						option("zoledronic-acid", TreatmentLine.ANY, TherapyCategory.BONE_HEALTH, Preference.OTHER,
								List.of(), "Drip into a vein"),
						option("tamoxifen", TreatmentLine.ANY, TherapyCategory.HORMONE_THERAPY, Preference.SOME_PEOPLE,
								List.of(), "Tablets taken by mouth")),
				List.of()));

		assertThat(overview.groups()).extracting(TherapyGroup::group)
			.containsExactly(Group.USUAL, Group.MATCHED, Group.OTHER_TREATMENT, Group.CHEMOTHERAPY, Group.BONE_HEALTH,
					Group.SOME_PEOPLE);
		assertThat(overview.groups()).filteredOn(TherapyGroup::open)
			.extracting(TherapyGroup::group)
			.containsExactly(Group.USUAL, Group.MATCHED);
		ResultsOverview.TherapyEntry fulvestrant = overview.groups().get(2).entries().get(0);
		assertThat(fulvestrant.slug()).isEqualTo("fulvestrant");
		assertThat(fulvestrant.lines()).containsExactly(TreatmentLine.FIRST, TreatmentLine.LATER);
		assertThat(fulvestrant.conditions()).containsExactly("when FIRST", "when LATER");
		assertThat(overview.summary().therapyCount()).isEqualTo(6);
		assertThat(overview.summary().firstChoices()).extracting(OptionView::slug).containsExactly("cdk-ai");
		assertThat(overview.summary().laterChoices()).isEmpty();
		assertThat(overview.summary().unlocked()).singleElement()
			.satisfies(u -> assertThat(u.biomarkerCode()).isEqualTo("ESR1"))
			.satisfies(u -> assertThat(u.options()).extracting(OptionView::slug).containsExactly("elacestrant"));
	}

	@Test
	void withNoUsualOrMatchedOptionEveryGroupStartsClosed() {
		ResultsOverview overview = ResultsOverview
			.of(results(Profile.unknown(), List.of(option("paclitaxel", TreatmentLine.LATER,
					TherapyCategory.CHEMOTHERAPY, Preference.OTHER, List.of(), "Drip into a vein")), List.of()));
		assertThat(overview.groups()).singleElement().satisfies(g -> assertThat(g.open()).isFalse());
		assertThat(overview.summary().firstChoices()).isEmpty();
	}

	@Test
	void theKeyTestsPutHrAndHer2FirstThenTheTestsThatOpenMostAndNeverARareOne() {
		ResultsOverview overview = ResultsOverview.of(results(Profile.unknown(), List.of(),
				List.of(test("PIK3CA", 2), test("NTRK", 5), test("BRCA1", 3), test("HER2", 1))));
		assertThat(overview.summary().keyTests()).extracting(TestSuggestion::test).containsExactly("HER2", "BRCA1");
		assertThat(overview.tests()).extracting(TestSuggestion::test).containsExactly("PIK3CA", "BRCA1", "HER2");
		assertThat(overview.rareTests()).extracting(TestSuggestion::test).containsExactly("NTRK");
	}

	@Test
	void theSummarySaysHowTheChoicesAreGivenOnceWhenTheyShareIt() {
		OptionView a = option("a", TreatmentLine.FIRST, TherapyCategory.TARGETED_THERAPY, Preference.PREFERRED,
				List.of(), "Tablets taken by mouth");
		OptionView b = option("b", TreatmentLine.FIRST, TherapyCategory.TARGETED_THERAPY, Preference.PREFERRED,
				List.of(), "Tablets or capsules taken by mouth");
		OptionView c = option("c", TreatmentLine.FIRST, TherapyCategory.HER2_TARGETED, Preference.PREFERRED, List.of(),
				"Drip into a vein (infusion)");
		assertThat(ResultsOverview.Summary.sharedRouteKind(List.of(a, b))).isEqualTo("mouth");
		assertThat(ResultsOverview.Summary.sharedRouteKind(List.of(a, c))).isNull();
		assertThat(c.howOften()).isEqualTo("Once a day.");
	}

}
