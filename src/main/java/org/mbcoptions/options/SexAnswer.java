package org.mbcoptions.options;

/**
 * The sex the visitor gives. It matters because some labels are for women only, and
 * because in men an aromatase inhibitor is given with a GnRH agent. Menopause does not
 * apply to men.
 */
public enum SexAnswer implements ParameterValue {

	FEMALE, MALE, UNKNOWN

}
