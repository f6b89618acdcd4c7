package org.mbcoptions.model;

public enum MetastaticSite {

	BONE, BRAIN, LIVER, LUNG

}
