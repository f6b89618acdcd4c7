package org.mbcoptions.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.mbcoptions.options.OptionResults;
import org.mbcoptions.options.OptionService;
import org.mbcoptions.options.RegionalDecisions;
import org.mbcoptions.options.QueryStrings;
import org.mbcoptions.options.RecentOption;
import org.mbcoptions.recent.RecentApprovals;
import org.mbcoptions.therapy.Companions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recent approvals whose pages are not ready must still reach the profiles they were
 * approved for, and only those: an approved treatment missing from someone's results is
 * the error this table exists to prevent.
 */
@DataJpaTest
@Import({ OptionService.class, RecentApprovals.class, Companions.class, RegionalDecisions.class })
@ImportAutoConfiguration(MessageSourceAutoConfiguration.class)
class RecentApprovalsCatalogueTest {

	@Autowired
	private OptionService options;

	@Autowired
	private RecentApprovals recentApprovals;

	@Test
	void theSeededRecentApprovalsAreLoadedNewestFirstWithTheirSources() {
		assertThat(recentApprovals.entries()).extracting(RecentApprovals.Entry::slug)
			.containsExactly("imlunestrant-abemaciclib", "camizestrant", "gedatolisib", "palbociclib-her2-maintenance",
					"vepdegestrant");
		assertThat(recentApprovals.entries()).allSatisfy(e -> assertThat(e.sources()).isNotEmpty());
	}

	@Test
	void theApprovalsForErPositiveCancerSaySoNotJustHormoneReceptorPositive() {
		// Their FDA notices name ER-positive cancer; a cancer can be hormone receptor
		// positive
		// through the progesterone receptor alone.
		assertThat(recentApprovals.entries())
			.filteredOn(e -> e.slug().equals("vepdegestrant") || e.slug().equals("imlunestrant-abemaciclib"))
			.hasSize(2)
			.allSatisfy(e -> assertThat(e.forWhom()).contains("oestrogen receptor positive")
				.doesNotContain("hormone receptor positive"));
	}

	@Test
	void hrPositiveHer2ZeroWithEsr1AndNoPik3caSeesEveryHer2NegativeOneAsFitting() {
		assertThat(recent("hr=positive&her2=zero&biomarker=esr1&notFound=pik3ca"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("camizestrant", true, "gedatolisib", true, "vepdegestrant", true,
					"imlunestrant-abemaciclib", true));
	}

	@Test
	void withoutAnEsr1ResultTheEsr1DrugsWaitForTheTest() {
		assertThat(recent("hr=positive&her2=low&notFound=PIK3CA")).containsExactlyInAnyOrderEntriesOf(Map
			.of("camizestrant", false, "gedatolisib", true, "vepdegestrant", false, "imlunestrant-abemaciclib", false));
	}

	@Test
	void gedatolisibWaitsForAPik3caResultAndAPik3caMutationRulesItOut() {
		assertThat(recent("hr=positive&her2=zero&biomarker=esr1")).containsEntry("gedatolisib", false);
		assertThat(recent("hr=positive&her2=zero&biomarker=esr1&biomarker=pik3ca")).doesNotContainKey("gedatolisib")
			.containsEntry("vepdegestrant", true);
	}

	@Test
	void anEsr1TestWithNoChangeFoundRulesOutTheEsr1Drugs() {
		assertThat(recent("hr=positive&her2=zero&notFound=esr1&notFound=pik3ca"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("gedatolisib", true));
	}

	@Test
	void unknownHrStillShowsThemButNotAsFitting() {
		assertThat(recent("her2=zero")).containsExactlyInAnyOrderEntriesOf(Map.of("camizestrant", false, "gedatolisib",
				false, "vepdegestrant", false, "imlunestrant-abemaciclib", false));
	}

	@Test
	void hrPositiveHer2PositiveSeesOnlyTheHer2Maintenance() {
		assertThat(recent("hr=positive&her2=positive&biomarker=esr1"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("palbociclib-her2-maintenance", true));
	}

	@Test
	void tripleNegativeAndHrNegativeHer2PositiveProfilesSeeNone() {
		assertThat(recent("hr=negative&her2=zero&biomarker=esr1")).isEmpty();
		assertThat(recent("hr=negative&her2=positive")).isEmpty();
	}

	private Map<String, Boolean> recent(String query) {
		OptionResults results = options.find(QueryStrings.profile(query), Locale.UK);
		List<RecentOption> recent = results.recentApprovals();
		return recent.stream().collect(Collectors.toMap(RecentOption::slug, RecentOption::fitsAnswers));
	}

}
