package org.mbcoptions.options;

import org.mbcoptions.model.MetastaticSite;

public enum SiteAnswer implements ParameterValue {

	BONE(MetastaticSite.BONE), BRAIN(MetastaticSite.BRAIN), LIVER(MetastaticSite.LIVER), LUNG(MetastaticSite.LUNG);

	private final MetastaticSite site;

	SiteAnswer(MetastaticSite site) {
		this.site = site;
	}

	public MetastaticSite site() {
		return site;
	}

}
