package org.mbcoptions.catalogue;

/**
 * How many people get a side effect, in the bands EU product information uses.
 * {@code NOT_STATED}: a label warning whose rate we could not read; it is listed rather
 * than left out or given a guessed band.
 */
public enum Frequency {

	VERY_COMMON, COMMON, UNCOMMON, RARE, NOT_STATED

}
