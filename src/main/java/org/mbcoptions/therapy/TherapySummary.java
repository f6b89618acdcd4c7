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

	/** Whether the name, a generic name or a brand name contains the words looked for. */
	/** The same matching as the site search: every word found in its names, forgiving a few typos. */
	boolean matches(String query) {
		java.util.List<String> words = org.mbcoptions.model.TextMatch.words(query);
		if (words.isEmpty()) {
			return true;
		}
		java.util.List<String> text = new java.util.ArrayList<>(org.mbcoptions.model.TextMatch.words(name));
		drugs.forEach(d -> text.addAll(org.mbcoptions.model.TextMatch.words(d)));
		brandNames.forEach(b -> text.addAll(org.mbcoptions.model.TextMatch.words(b)));
		if (drugClass != null) {
			text.addAll(org.mbcoptions.model.TextMatch.words(drugClass));
		}
		return org.mbcoptions.model.TextMatch.score(words, text) >= 0;
	}

}
