package org.mbcoptions.therapy;

import org.mbcoptions.catalogue.Therapy;
import org.mbcoptions.catalogue.TherapySideEffect;
import java.util.List;

/**
 * A therapy as the comparison shows it: how it is given, its side effects (serious ones first) and the label
 * warnings of its drugs.
 */
public record TherapyComparison(Therapy therapy, List<TherapySideEffect> sideEffects,
		List<LabelWarnings.Warning> warnings) {

	/** The label's strongest warnings (boxed), one per side effect. */
	public List<LabelWarnings.Warning> boxedWarnings() {
		java.util.Map<String, LabelWarnings.Warning> bySideEffect = new java.util.LinkedHashMap<>();
		warnings.stream().filter(LabelWarnings.Warning::boxed).forEach(w -> bySideEffect.putIfAbsent(w.sideEffectSlug(), w));
		return List.copyOf(bySideEffect.values());
	}

	/** The tests a label asks for before starting, once each. */
	public List<String> testsBefore() {
		return warnings.stream().map(LabelWarnings.Warning::testBefore).filter(t -> t != null && !t.isBlank())
			.distinct().toList();
	}

}
