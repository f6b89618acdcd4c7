package org.mbcoptions.catalogue;

/** What kind of sample a biomarker test needs. */
public enum TestMethod {

	TISSUE, TISSUE_OR_BLOOD, GERMLINE

}
