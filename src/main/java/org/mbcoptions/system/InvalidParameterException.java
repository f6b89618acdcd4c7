package org.mbcoptions.system;

import java.util.List;

/**
 * A value of one of our own URL parameters that is not in its list; answered with a
 * friendly 400.
 */
public class InvalidParameterException extends RuntimeException {

	private final String parameter;

	private final List<String> allowedValues;

	private final boolean repeated;

	private final String messageKey;

	public InvalidParameterException(String parameter, List<String> allowedValues, boolean repeated) {
		this(parameter, allowedValues, repeated, repeated ? "error.400.repeated" : "error.400.invalid");
	}

	private InvalidParameterException(String parameter, List<String> allowedValues, boolean repeated,
			String messageKey) {
		super("Invalid value for parameter " + parameter);
		this.parameter = parameter;
		this.allowedValues = List.copyOf(allowedValues);
		this.repeated = repeated;
		this.messageKey = messageKey;
	}

	/**
	 * Two of our parameters contradict each other (a biomarker both found and not found).
	 * The message key's arguments are the parameter and the allowed values, as for the
	 * other cases.
	 */
	public static InvalidParameterException conflict(String parameter, List<String> allowedValues, String messageKey) {
		return new InvalidParameterException(parameter, allowedValues, false, messageKey);
	}

	public String getMessageKey() {
		return messageKey;
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
