package org.mbcoptions.therapy;

import org.mbcoptions.catalogue.TherapySideEffect;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.mbcoptions.model.PlainText;

/**
 * Picks the few side effects a one-line summary names: the most common first, serious
 * ones before others.
 */
public final class KeySideEffects {

	private KeySideEffects() {
	}

	public static Map<String, List<String>> bySlug(Collection<TherapySideEffect> all, int limit) {
		return all.stream()
			.sorted(Comparator.comparing(TherapySideEffect::getFrequency)
				.thenComparing(TherapySideEffect::isSerious, Comparator.reverseOrder())
				.thenComparing(t -> t.getSideEffect().getName()))
			.collect(Collectors.groupingBy(t -> t.getTherapy().getSlug(), LinkedHashMap::new,
					Collectors.mapping(t -> PlainText.midSentence(t.getSideEffect().getName()), Collectors.toList())))
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream().limit(limit).toList()));
	}

}
