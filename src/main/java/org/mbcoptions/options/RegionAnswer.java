package org.mbcoptions.options;

import org.jspecify.annotations.Nullable;
import org.mbcoptions.catalogue.Approval;

/**
 * Where the visitor lives, if they say: each option then shows the decision of that
 * region's regulator (or, for the UK, of NICE, which decides for England and Wales).
 * Optional, and not about the cancer: it changes no option, only what is said about it.
 */
public enum RegionAnswer implements ParameterValue {

	US(Approval.Region.US_FDA), UK(Approval.Region.UK_NICE), EU(Approval.Region.EU_EMA), UNKNOWN(null);

	private final Approval.@Nullable Region decisions;

	RegionAnswer(Approval.@Nullable Region decisions) {
		this.decisions = decisions;
	}

	/** The region whose decisions these are. */
	public static RegionAnswer of(Approval.Region decisions) {
		for (RegionAnswer answer : values()) {
			if (answer.decisions == decisions) {
				return answer;
			}
		}
		throw new IllegalArgumentException("no answer for " + decisions);
	}

	/** Whose decisions apply there; null when the region is not given. */
	public Approval.@Nullable Region decisions() {
		return decisions;
	}

}
