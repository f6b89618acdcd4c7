package org.mbcoptions.model;

/**
 * Where in the sequence of treatments for advanced cancer an indication applies; results
 * are grouped in this order.
 */
public enum TreatmentLine {

	FIRST, LATER, ANY

}
