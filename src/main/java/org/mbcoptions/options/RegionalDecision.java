package org.mbcoptions.options;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.mbcoptions.catalogue.Approval;
import org.mbcoptions.model.SourceLink;

/**
 * What a regulator, or NICE, decided about the uses of an option that fit the visitor,
 * with the note that says for whom and the source that says so.
 */
public record RegionalDecision(Approval.Region region, Approval.Status status, LocalDate decidedOn, String note,
		SourceLink source) {

	/**
	 * By region (US, EU, UK), then date: the order every list of decisions is read in.
	 */
	static final Comparator<RegionalDecision> ORDER = Comparator.comparing(RegionalDecision::region)
		.thenComparing(RegionalDecision::decidedOn)
		.thenComparing(RegionalDecision::note);

	private static final Set<Approval.Status> AGAINST = Set.of(Approval.Status.NOT_APPROVED,
			Approval.Status.NOT_RECOMMENDED, Approval.Status.WITHDRAWN);

	/**
	 * A decision that keeps the option from people there: not approved, not recommended
	 * by NICE, or withdrawn.
	 */
	public boolean against() {
		return AGAINST.contains(status);
	}

	/** Each decision once, in {@link #ORDER}. */
	static List<RegionalDecision> merged(Stream<RegionalDecision> decisions) {
		return List.copyOf(decisions.collect(Collectors.toCollection(() -> new TreeSet<>(ORDER))));
	}

	/** The decisions of the region given; none when no region is given. */
	static List<RegionalDecision> in(List<RegionalDecision> decisions, RegionAnswer region) {
		return decisions.stream().filter(d -> d.region() == region.decisions()).toList();
	}

}
