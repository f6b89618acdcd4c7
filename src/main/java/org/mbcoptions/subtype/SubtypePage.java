package org.mbcoptions.subtype;

import java.util.List;
import java.util.Map;

import org.mbcoptions.model.TreatmentLine;

/**
 * A subtype with its options: the main ones by line, then those that depend on where the
 * cancer has spread, then the tumour-agnostic ones that need a rare gene change.
 */
public record SubtypePage(SubtypeSummary subtype, Map<TreatmentLine, List<SubtypeOption>> byLine,
		List<SubtypeOption> siteSpecific, List<SubtypeOption> rareChanges) {
}
