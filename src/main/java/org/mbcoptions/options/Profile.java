package org.mbcoptions.options;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a visitor knows about the cancer. Anything not given is unknown; biomarkers and sites not listed are
 * "not reported", which is not the same as absent.
 */
public record Profile(HrAnswer hr, Her2Answer her2, Set<BiomarkerAnswer> biomarkers, MenopauseAnswer menopause,
		Set<SiteAnswer> sites) {

	public Profile {
		biomarkers = Collections.unmodifiableSet(biomarkers.isEmpty() ? EnumSet.noneOf(BiomarkerAnswer.class)
				: EnumSet.copyOf(biomarkers));
		sites = Collections.unmodifiableSet(sites.isEmpty() ? EnumSet.noneOf(SiteAnswer.class) : EnumSet.copyOf(sites));
	}

	public static Profile unknown() {
		return new Profile(HrAnswer.UNKNOWN, Her2Answer.UNKNOWN, Set.of(), MenopauseAnswer.UNKNOWN, Set.of());
	}

	public boolean hasBiomarker(String code) {
		return biomarkers.stream().anyMatch(b -> b.code().equals(code));
	}

	public boolean isEmpty() {
		return hr == HrAnswer.UNKNOWN && her2 == Her2Answer.UNKNOWN && biomarkers.isEmpty()
				&& menopause == MenopauseAnswer.UNKNOWN && sites.isEmpty();
	}

}
