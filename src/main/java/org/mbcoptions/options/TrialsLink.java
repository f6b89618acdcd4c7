package org.mbcoptions.options;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * A ClinicalTrials.gov search filled in from the profile. We keep no trial database of
 * our own; the visitor's answers go to that site only if they follow the link, and our
 * Referrer-Policy sends nothing else.
 */
final class TrialsLink {

	private TrialsLink() {
	}

	static String of(Profile profile) {
		List<String> terms = new ArrayList<>();
		switch (profile.hr()) {
			case POSITIVE -> terms.add("hormone receptor positive");
			case NEGATIVE -> terms.add("hormone receptor negative");
			default -> {
			}
		}
		switch (profile.her2()) {
			case POSITIVE -> terms.add("HER2-positive");
			case LOW -> terms.add("HER2-low");
			case ULTRALOW -> terms.add("HER2-ultralow");
			case ZERO, NEGATIVE -> terms.add("HER2-negative");
			default -> {
			}
		}
		profile.biomarkers().forEach(b -> terms.add(b.code()));
		UriComponentsBuilder url = UriComponentsBuilder.fromUriString("https://clinicaltrials.gov/search")
			.queryParam("cond", "Metastatic Breast Cancer");
		if (!terms.isEmpty()) {
			url.queryParam("term", String.join(" ", terms));
		}
		return url.encode().toUriString();
	}

}
