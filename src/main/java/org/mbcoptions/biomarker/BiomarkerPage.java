package org.mbcoptions.biomarker;

import java.util.List;

import org.mbcoptions.catalogue.Biomarker;
import org.mbcoptions.catalogue.Indication;

/**
 * What a biomarker's page shows: plain values copied out of the entities (open-in-view is
 * off).
 */
record BiomarkerPage(String slug, String name, String explanation, String testMethod, String howTested,
		List<Use> uses) {

	/** An option the result opens: the therapy and the conditions of that use. */
	record Use(String therapySlug, String therapyName, String conditions) {
	}

	/** A biomarker in the list of tests. */
	record Entry(String slug, String name, String testMethod) {

		static Entry of(Biomarker biomarker) {
			return new Entry(biomarker.getSlug(), biomarker.getName(), biomarker.getTestMethod().name());
		}

	}

	static BiomarkerPage of(Biomarker biomarker, List<Indication> indications) {
		return new BiomarkerPage(biomarker.getSlug(), biomarker.getName(), biomarker.getExplanation(),
				biomarker.getTestMethod().name(), biomarker.getHowTested(),
				indications.stream()
					.map(i -> new Use(i.getTherapy().getSlug(), i.getTherapy().getName(), i.getConditions()))
					.toList());
	}

}
