package org.mbcoptions.options;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.mbcoptions.catalogue.PriorRequirement;
import org.mbcoptions.model.TreatmentKind;
import org.mbcoptions.model.TreatmentLine;

/**
 * Whether the treatment a label needs before an option has been had, from the visitor's
 * {@code had} answers. {@code NONE}: the option needs no earlier treatment that we hold;
 * {@code UNKNOWN}: it does (or a later-line condition is only in its text) and the
 * answers cannot tell.
 */
public enum PriorStatus {

	MET, NONE, UNKNOWN, NOT_MET;

	/**
	 * One indication: every group of alternatives must hold a kind the person has had.
	 */
	static PriorStatus of(Collection<PriorRequirement> requirements, TreatmentLine line, Set<TreatmentKind> had) {
		if (requirements.isEmpty()) {
			return line == TreatmentLine.LATER ? UNKNOWN : NONE;
		}
		if (had.isEmpty()) {
			return UNKNOWN;
		}
		Map<Short, Set<TreatmentKind>> groups = new TreeMap<>();
		requirements
			.forEach(r -> groups.computeIfAbsent(r.alternativeGroup(), g -> new TreeSet<>()).add(r.treatment()));
		boolean met = groups.values().stream().allMatch(alternatives -> alternatives.stream().anyMatch(had::contains));
		return met ? MET : NOT_MET;
	}

	/**
	 * An option fitting through several indications takes the most open of them:
	 * declaration order.
	 */
	PriorStatus or(PriorStatus other) {
		return compareTo(other) <= 0 ? this : other;
	}

	public String param() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
