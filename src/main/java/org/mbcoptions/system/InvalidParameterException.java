package org.mbcoptions.system;

import java.util.List;

/** A value of one of our own URL parameters that is not in its list; answered with a friendly 400. */
public class InvalidParameterException extends RuntimeException {

	private final String parameter;

	private final List<String> allowedValues;

	private final boolean repeated;

	public InvalidParameterException(String parameter, List<String> allowedValues, boolean repeated) {
		super("Invalid value for parameter " + parameter);
		this.parameter = parameter;
		this.allowedValues = List.copyOf(allowedValues);
		this.repeated = repeated;
	}

	public String getParameter() {
		return parameter;
	}

	public List<String> getAllowedValues() {
		return allowedValues;
	}

	public boolean isRepeated() {
		return repeated;
	}

}
