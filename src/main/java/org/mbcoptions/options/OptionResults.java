package org.mbcoptions.options;

import java.util.List;

import org.mbcoptions.model.TreatmentLine;

/**
 * The answer for one profile: fitting options by line, and within a line in reading order
 * (usually offered first, then those a reported test result opens, then those whose
 * earlier treatment the person has had, then other options, then those for selected
 * people only); tests that could open more, questions to ask the care team, and recent
 * approvals whose pages are not ready that the answers do not rule out.
 */
public record OptionResults(Profile profile, List<LineGroup> groups, List<TestSuggestion> testsToConsider,
		List<String> questions, List<RecentOption> recentApprovals) {

	/**
	 * Every option in reading order: the page, the JSON and the printed results all
	 * follow it.
	 */
	public List<OptionView> options() {
		return groups.stream().flatMap(g -> g.buckets().stream()).flatMap(c -> c.options().stream()).toList();
	}

	public record LineGroup(TreatmentLine line, List<BucketGroup> buckets) {
	}

	public record BucketGroup(Bucket bucket, List<OptionView> options) {
	}

	/** Where an option sits within its line, in reading order. */
	public enum Bucket {

		/** A guideline says it is usually offered first here. */
		PREFERRED,
		/** It needs a test result the visitor reported. */
		MATCHED,
		/** Its label needs an earlier treatment, and the visitor has had it. */
		AFTER_HISTORY, OTHER,
		/** For selected people only, by a guideline. */
		SOME_PEOPLE

	}

}
