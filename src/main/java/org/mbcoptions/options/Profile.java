package org.mbcoptions.options;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.mbcoptions.model.TreatmentKind;

/**
 * What a visitor knows about the cancer. Anything not given is unknown. A biomarker in
 * {@code biomarkers} was found; one in {@code notFound} was tested for and not found,
 * which is information, not "unknown"; any other was not reported. For a man, menopause
 * does not apply and is always {@code UNKNOWN}. {@code had}: treatments already had;
 * empty means not given (nothing is assumed either way). {@code region}: where the
 * visitor lives, which changes what is said about each option's approval there, not the
 * options.
 */
public record Profile(HrAnswer hr, Her2Answer her2, Set<BiomarkerAnswer> biomarkers, Set<BiomarkerAnswer> notFound,
		MenopauseAnswer menopause, SexAnswer sex, Set<SiteAnswer> sites, Set<HadAnswer> had, RegionAnswer region) {

	public Profile {
		biomarkers = copy(biomarkers, BiomarkerAnswer.class);
		notFound = copy(notFound, BiomarkerAnswer.class);
		sites = copy(sites, SiteAnswer.class);
		had = copy(had, HadAnswer.class);
		if (sex == SexAnswer.MALE) {
			menopause = MenopauseAnswer.UNKNOWN;
		}
		if (!Collections.disjoint(biomarkers, notFound)) {
			throw new IllegalArgumentException("a biomarker cannot be both found and not found");
		}
	}

	/** The answers without a region. */
	public Profile(HrAnswer hr, Her2Answer her2, Set<BiomarkerAnswer> biomarkers, Set<BiomarkerAnswer> notFound,
			MenopauseAnswer menopause, SexAnswer sex, Set<SiteAnswer> sites, Set<HadAnswer> had) {
		this(hr, her2, biomarkers, notFound, menopause, sex, sites, had, RegionAnswer.UNKNOWN);
	}

	/** The answers without a treatment history. */
	public Profile(HrAnswer hr, Her2Answer her2, Set<BiomarkerAnswer> biomarkers, Set<BiomarkerAnswer> notFound,
			MenopauseAnswer menopause, SexAnswer sex, Set<SiteAnswer> sites) {
		this(hr, her2, biomarkers, notFound, menopause, sex, sites, Set.of());
	}

	/**
	 * The profile of the answers most tests start from: HR, HER2, found biomarkers,
	 * menopause and sites.
	 */
	public Profile(HrAnswer hr, Her2Answer her2, Set<BiomarkerAnswer> biomarkers, MenopauseAnswer menopause,
			Set<SiteAnswer> sites) {
		this(hr, her2, biomarkers, Set.of(), menopause, SexAnswer.UNKNOWN, sites);
	}

	public static Profile unknown() {
		return new Profile(HrAnswer.UNKNOWN, Her2Answer.UNKNOWN, Set.of(), MenopauseAnswer.UNKNOWN, Set.of());
	}

	public boolean hasBiomarker(String code) {
		return biomarkers.stream().anyMatch(b -> b.code().equals(code));
	}

	public boolean testedNegativeFor(String code) {
		return notFound.stream().anyMatch(b -> b.code().equals(code));
	}

	public boolean isMale() {
		return sex == SexAnswer.MALE;
	}

	/** Before menopause, so a regimen's ovarian suppression is part of it. */
	public boolean isPremenopausal() {
		return !isMale() && menopause == MenopauseAnswer.PRE;
	}

	/** The kinds of treatment had, as the seed data names them. */
	public Set<TreatmentKind> hadKinds() {
		Set<TreatmentKind> kinds = EnumSet.noneOf(TreatmentKind.class);
		had.forEach(h -> kinds.add(h.kind()));
		return kinds;
	}

	/**
	 * No answer about the cancer or the person: the region alone does not count, because
	 * it selects no option.
	 */
	public boolean isEmpty() {
		return hr == HrAnswer.UNKNOWN && her2 == Her2Answer.UNKNOWN && biomarkers.isEmpty() && notFound.isEmpty()
				&& menopause == MenopauseAnswer.UNKNOWN && sex == SexAnswer.UNKNOWN && sites.isEmpty() && had.isEmpty();
	}

	private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
		return Collections.unmodifiableSet(values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values));
	}

}
