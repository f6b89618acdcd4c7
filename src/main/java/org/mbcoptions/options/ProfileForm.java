package org.mbcoptions.options;

import java.util.Set;
import java.util.stream.Collectors;

/** The filter form's current answers as the strings its controls compare against. */
public record ProfileForm(String hr, String her2, Set<String> biomarkers, Set<String> notFound, String menopause,
		String sex, Set<String> sites, Set<String> had, String region) {

	public static ProfileForm of(Profile p) {
		return new ProfileForm(p.hr().param(), p.her2().param(),
				p.biomarkers().stream().map(BiomarkerAnswer::code).collect(Collectors.toSet()),
				p.notFound().stream().map(BiomarkerAnswer::code).collect(Collectors.toSet()), p.menopause().param(),
				p.sex().param(), p.sites().stream().map(SiteAnswer::param).collect(Collectors.toSet()),
				p.had().stream().map(HadAnswer::param).collect(Collectors.toSet()), p.region().param());
	}

	public static ProfileForm empty() {
		return of(Profile.unknown());
	}

	/**
	 * "found", "notFound" or "" (not tested, or not known) for one test, as its radio
	 * group compares it.
	 */
	public String result(String code) {
		return biomarkers.contains(code) ? "found" : notFound.contains(code) ? "notFound" : "";
	}

}
