package org.mbcoptions.therapy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A therapy as the comparison shows it: how it is given, its side effects (serious ones
 * first) and the label warnings of its drugs, copied out of the entities.
 */
public record TherapyComparison(String slug, String name, String summary, String route, String schedule,
		List<SideEffectEntry> sideEffects, List<LabelWarnings.Warning> warnings) {

	/** The label's strongest warnings (boxed), one per side effect. */
	public List<LabelWarnings.Warning> boxedWarnings() {
		Map<String, LabelWarnings.Warning> bySideEffect = new LinkedHashMap<>();
		warnings.stream()
			.filter(LabelWarnings.Warning::boxed)
			.forEach(w -> bySideEffect.putIfAbsent(w.sideEffectSlug(), w));
		return List.copyOf(bySideEffect.values());
	}

	/** The tests a label asks for before starting, once each. */
	public List<String> testsBefore() {
		return warnings.stream()
			.map(LabelWarnings.Warning::testBefore)
			.filter(t -> t != null && !t.isBlank())
			.distinct()
			.toList();
	}

}
