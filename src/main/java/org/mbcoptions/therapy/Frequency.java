package org.mbcoptions.therapy;

/** How many people get a side effect, in the bands EU product information uses. */
public enum Frequency {

	VERY_COMMON, COMMON, UNCOMMON, RARE

}
