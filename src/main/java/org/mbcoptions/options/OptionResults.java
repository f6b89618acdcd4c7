package org.mbcoptions.options;

import java.util.List;

import org.mbcoptions.model.TherapyCategory;
import org.mbcoptions.model.TreatmentLine;

/**
 * The answer for one profile: fitting options grouped by line and kind, tests that could open more, questions
 * to ask the care team, and recent approvals whose pages are not ready that the answers do not rule out.
 */
public record OptionResults(Profile profile, List<LineGroup> groups, List<TestSuggestion> testsToConsider,
		List<String> questions, List<RecentOption> recentApprovals) {

	public List<OptionView> options() {
		return groups.stream().flatMap(g -> g.categories().stream()).flatMap(c -> c.options().stream()).toList();
	}

	public record LineGroup(TreatmentLine line, List<CategoryGroup> categories) {
	}

	public record CategoryGroup(TherapyCategory category, List<OptionView> options) {
	}

}
