package org.mbcoptions.drugclass;

import org.mbcoptions.catalogue.DrugClass;

/**
 * A drug group as its pages show it: plain values, never the entity (open-in-view is
 * off).
 */
record DrugClassView(String slug, String name, String summary) {

	static DrugClassView of(DrugClass drugClass) {
		return new DrugClassView(drugClass.getSlug(), drugClass.getName(), drugClass.getSummary());
	}

}
