package org.mbcoptions.therapy;

import java.time.LocalDate;
import java.util.List;

import org.mbcoptions.indication.Indication;
import org.mbcoptions.source.Source;

/** Everything the therapy page shows, loaded inside one read-only transaction. */
public record TherapyPage(Therapy therapy, TherapySummary summary, List<TherapySideEffect> sideEffects,
		List<Indication> indications, List<Approval> approvals, List<Source> sources, LocalDate reviewedOn) {
}
