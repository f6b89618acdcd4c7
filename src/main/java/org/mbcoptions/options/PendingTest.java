package org.mbcoptions.options;

/**
 * A result the visitor has not given that would decide whether an option fits.
 * {@code code} is "HR", "HER2", "HER2-LOW" (could the sample be HER2-low or ultralow?) or
 * a biomarker code.
 */
public record PendingTest(String code) {

	public static final PendingTest HR = new PendingTest("HR");

	public static final PendingTest HER2 = new PendingTest("HER2");

	public static final PendingTest HER2_LOW = new PendingTest("HER2-LOW");

	public boolean isBiomarker() {
		return BiomarkerAnswer.isKnownCode(code);
	}

}
