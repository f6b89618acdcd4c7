package org.mbcoptions.options;

/** What a visitor says about hormone receptors; the lower-case name is the URL value. */
public enum HrAnswer implements ParameterValue {

	POSITIVE, NEGATIVE, UNKNOWN

}
