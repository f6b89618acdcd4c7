package org.mbcoptions.therapy;

import org.mbcoptions.catalogue.Frequency;
import org.mbcoptions.catalogue.TherapySideEffect;

/**
 * One side effect of a therapy as its page and the comparison show it: plain values,
 * serious ones marked.
 */
public record SideEffectEntry(String slug, String name, Frequency frequency, boolean serious) {

	static SideEffectEntry of(TherapySideEffect tse) {
		return new SideEffectEntry(tse.getSideEffect().getSlug(), tse.getSideEffect().getName(), tse.getFrequency(),
				tse.isSerious());
	}

}
