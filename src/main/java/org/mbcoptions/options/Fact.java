package org.mbcoptions.options;

import org.jspecify.annotations.Nullable;

/**
 * One answer that counted for or against certainty about an option, as a message key with
 * an optional argument (a biomarker code or site), so the reason can be written in the
 * page language.
 */
public record Fact(String key, @Nullable String argument) {

	public static Fact of(String key) {
		return new Fact(key, null);
	}

}
