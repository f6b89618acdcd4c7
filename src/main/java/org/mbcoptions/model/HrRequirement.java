package org.mbcoptions.model;

/** The hormone-receptor status an indication or subtype asks for. */
public enum HrRequirement {

	POSITIVE, NEGATIVE, ANY;

	/**
	 * Whether some cancer meets both: the one rule for matching subtypes and indications
	 * by HR status.
	 */
	public boolean overlaps(HrRequirement other) {
		return this == ANY || other == ANY || this == other;
	}

}
