package org.mbcoptions.options;

import org.jspecify.annotations.Nullable;

/** What a visitor says about hormone receptors; the lower-case name is the URL value. */
public enum HrAnswer implements ParameterValue {

	POSITIVE, NEGATIVE, UNKNOWN;

	/** The status as the catalogue states it; null while not known. */
	public org.mbcoptions.model.@Nullable HrRequirement requirement() {
		return switch (this) {
			case POSITIVE -> org.mbcoptions.model.HrRequirement.POSITIVE;
			case NEGATIVE -> org.mbcoptions.model.HrRequirement.NEGATIVE;
			case UNKNOWN -> null;
		};
	}

}
