package org.mbcoptions.sideeffect;

import java.util.List;

import org.mbcoptions.advice.SideEffectActions;
import org.mbcoptions.catalogue.SideEffect;
import org.mbcoptions.catalogue.TherapySideEffect;

/**
 * What a side effect's page shows, copied out of the entities inside the transaction: the
 * template reads plain values, so a new lazy property can never fail at render time
 * ({@code open-in-view} is off).
 */
record SideEffectPage(String slug, String name, String explanation, List<SideEffectActions.Action> actions,
		List<TherapyRow> therapies) {

	/**
	 * One therapy that lists the side effect, with how common it is and whether it is
	 * serious.
	 */
	record TherapyRow(String slug, String name, String frequency, boolean serious) {
	}

	/** A side effect in the A to Z. */
	record Entry(String slug, String name) {
	}

	static SideEffectPage of(SideEffect sideEffect, List<TherapySideEffect> therapies,
			List<SideEffectActions.Action> actions) {
		return new SideEffectPage(sideEffect.getSlug(), sideEffect.getName(), sideEffect.getExplanation(), actions,
				therapies.stream()
					.map(t -> new TherapyRow(t.getTherapy().getSlug(), t.getTherapy().getName(),
							t.getFrequency().name(), t.isSerious()))
					.toList());
	}

}
