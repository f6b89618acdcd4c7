package org.mbcoptions.options;

import java.util.Locale;

/** An enum whose constants are the allowed values of a URL parameter. */
public interface ParameterValue {

	String name();

	/** The value as it appears in URLs. */
	default String param() {
		return name().toLowerCase(Locale.ROOT);
	}

}
