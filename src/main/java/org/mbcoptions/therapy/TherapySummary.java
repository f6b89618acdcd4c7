package org.mbcoptions.therapy;

import org.mbcoptions.catalogue.Therapy;
import java.util.List;

/** A therapy as the A to Z list and the JSON API show it. */
public record TherapySummary(String slug, String name, String drugClass, String drugClassSlug, List<String> drugs,
		List<String> brandNames) {

	static TherapySummary of(Therapy therapy) {
		return new TherapySummary(therapy.getSlug(), therapy.getName(), therapy.getDrugClass().getName(),
				therapy.getDrugClass().getSlug(), therapy.getDrugs().stream().map(d -> d.getDrug().getName()).toList(),
				therapy.getDrugs().stream().flatMap(d -> d.getDrug().getBrandNames().stream()).distinct().toList());
	}

}
