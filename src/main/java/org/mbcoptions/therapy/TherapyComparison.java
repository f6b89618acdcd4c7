package org.mbcoptions.therapy;

import java.util.List;

/** A therapy as the comparison shows it: how it is given, and its side effects, serious ones first. */
public record TherapyComparison(Therapy therapy, List<TherapySideEffect> sideEffects) {
}
