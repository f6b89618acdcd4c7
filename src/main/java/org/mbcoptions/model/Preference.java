package org.mbcoptions.model;

/**
 * How a guideline places an indication among the others for the same situation;
 * declaration order is reading order: usually offered first, other options, for selected
 * people only.
 */
public enum Preference {

	PREFERRED, OTHER, SOME_PEOPLE

}
