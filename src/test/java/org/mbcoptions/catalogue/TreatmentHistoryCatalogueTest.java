package org.mbcoptions.catalogue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mbcoptions.model.TreatmentLine;
import org.mbcoptions.options.HadAnswer;
import org.mbcoptions.options.Her2Answer;
import org.mbcoptions.options.HrAnswer;
import org.mbcoptions.options.MenopauseAnswer;
import org.mbcoptions.options.OptionResults;
import org.mbcoptions.options.OptionService;
import org.mbcoptions.options.RegionalDecisions;
import org.mbcoptions.options.OptionView;
import org.mbcoptions.options.PriorStatus;
import org.mbcoptions.options.Profile;
import org.mbcoptions.options.SexAnswer;
import org.mbcoptions.recent.RecentApprovals;
import org.mbcoptions.therapy.Companions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Treatment history over every HR, HER2, menopause and sex answer, with no history, each
 * single treatment had, and all of them: the history reorders and marks, it never hides
 * or adds an option; a use is "earlier" only at the first line and only once something is
 * had; "met" needs a history.
 */
@DataJpaTest
@Import({ OptionService.class, RecentApprovals.class, Companions.class, RegionalDecisions.class })
@ImportAutoConfiguration(MessageSourceAutoConfiguration.class)
class TreatmentHistoryCatalogueTest {

	@Autowired
	private OptionService options;

	static Stream<Profile> profiles() {
		List<Profile> profiles = new ArrayList<>();
		for (HrAnswer hr : HrAnswer.values()) {
			for (Her2Answer her2 : Her2Answer.values()) {
				for (MenopauseAnswer menopause : MenopauseAnswer.values()) {
					for (SexAnswer sex : SexAnswer.values()) {
						profiles.add(new Profile(hr, her2, Set.of(), Set.of(), menopause, sex, Set.of()));
					}
				}
			}
		}
		return profiles.stream();
	}

	private static Profile withHistory(Profile p, Set<HadAnswer> had) {
		return new Profile(p.hr(), p.her2(), p.biomarkers(), p.notFound(), p.menopause(), p.sex(), p.sites(), had);
	}

	private static List<String> keys(OptionResults results) {
		return results.options().stream().map(o -> o.slug() + "@" + o.line()).sorted().toList();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("profiles")
	void historyReordersAndMarksButNeverHidesAnOption(Profile profile) {
		OptionResults without = options.find(profile, Locale.UK);
		assertThat(without.options()).allSatisfy(o -> {
			assertThat(o.earlier()).as("%s with no history", o.slug()).isFalse();
			assertThat(o.priorTreatment()).isNotEqualTo(PriorStatus.MET).isNotEqualTo(PriorStatus.NOT_MET);
		});

		List<Set<HadAnswer>> histories = new ArrayList<>();
		for (HadAnswer had : HadAnswer.values()) {
			histories.add(EnumSet.of(had));
		}
		histories.add(EnumSet.allOf(HadAnswer.class));
		for (Set<HadAnswer> had : histories) {
			OptionResults with = options.find(withHistory(profile, had), Locale.UK);
			assertThat(keys(with)).as("options with had=%s", had).isEqualTo(keys(without));
			for (OptionView o : with.options()) {
				if (o.earlier()) {
					assertThat(o.line()).as("%s is earlier only at the first line", o.slug())
						.isEqualTo(TreatmentLine.FIRST);
				}
			}
			// Lines stay in order, and within a line what the history opens comes before
			// the other options.
			List<OptionView> list = with.options();
			for (int i = 1; i < list.size(); i++) {
				OptionView before = list.get(i - 1);
				OptionView after = list.get(i);
				assertThat(before.line().compareTo(after.line())).isLessThanOrEqualTo(0);
				if (before.line() == after.line() && after.priorTreatment() == PriorStatus.MET
						&& after.needsFound().isEmpty()
						&& after.preference() == org.mbcoptions.model.Preference.OTHER) {
					assertThat(before.preference() != org.mbcoptions.model.Preference.OTHER
							|| !before.needsFound().isEmpty() || before.priorTreatment() == PriorStatus.MET)
						.as("%s (history met) after %s", after.slug(), before.slug())
						.isTrue();
				}
			}
		}
		OptionResults all = options.find(withHistory(profile, EnumSet.allOf(HadAnswer.class)), Locale.UK);
		assertThat(all.options()).filteredOn(o -> o.priorTreatment() == PriorStatus.NOT_MET)
			.as("with every treatment had, no prior condition we hold is unmet")
			.isEmpty();
	}

}
