package org.mbcoptions.model;

/** The kind of treatment, used to group results; declaration order is display order. */
public enum TherapyCategory {

	HORMONE_THERAPY, TARGETED_THERAPY, HER2_TARGETED, ANTIBODY_DRUG_CONJUGATE, PARP_INHIBITOR, IMMUNOTHERAPY,
	CHEMOTHERAPY, TUMOUR_AGNOSTIC, BONE_HEALTH

}
