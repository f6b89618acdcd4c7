package org.mbcoptions.model;

/**
 * A kind of treatment someone may already have had, as the results' {@code had} answers
 * name it (lower-case in the URL) and as the seed scripts'
 * {@code indication_prior_treatment} and {@code indication_not_after} rows store it. Had
 * means: given for the spread cancer, or the cancer grew during or soon after it as
 * treatment after surgery.
 */
public enum TreatmentKind {

	ENDOCRINE, CDK46, CHEMO, TAXANE, ANTHRACYCLINE, TRASTUZUMAB, PERTUZUMAB, TDM1, TDXD, IMMUNOTHERAPY, PARP

}
