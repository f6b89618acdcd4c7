package org.mbcoptions.model;

/** The hormone-receptor status an indication or subtype asks for. */
public enum HrRequirement {

	POSITIVE, NEGATIVE, ANY

}
