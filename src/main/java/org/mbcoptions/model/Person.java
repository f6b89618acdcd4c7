package org.mbcoptions.model;

/**
 * The groups of people for whom a drug comes with a companion drug
 * ({@code drug_companion.person}): before menopause, ovarian suppression; in men, a GnRH
 * agent.
 */
public enum Person {

	PREMENOPAUSAL, MALE

}
