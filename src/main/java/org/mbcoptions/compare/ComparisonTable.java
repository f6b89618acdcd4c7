package org.mbcoptions.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.mbcoptions.catalogue.Frequency;
import org.mbcoptions.therapy.TherapyComparison;
import org.mbcoptions.therapy.SideEffectEntry;

/**
 * The comparison as one table, so rows line up: a column per therapy, a row per side
 * effect any of them has (serious ones first, then the most common), each cell the
 * frequency or null where that therapy does not list it.
 */
record ComparisonTable(List<TherapyComparison> columns, List<SideEffectRow> serious, List<SideEffectRow> other) {

	record SideEffectRow(String slug, String name, List<@Nullable Frequency> cells) {

		/** The most common frequency in the row, for ordering: most common first. */
		Frequency mostCommon() {
			return cells.stream().filter(java.util.Objects::nonNull).min(Comparator.naturalOrder()).orElseThrow();
		}

	}

	static ComparisonTable of(List<TherapyComparison> columns) {
		Map<String, Frequency[]> cells = new LinkedHashMap<>();
		Map<String, String> names = new LinkedHashMap<>();
		Map<String, Boolean> serious = new LinkedHashMap<>();
		for (int i = 0; i < columns.size(); i++) {
			for (SideEffectEntry se : columns.get(i).sideEffects()) {
				String slug = se.slug();
				names.putIfAbsent(slug, se.name());
				serious.merge(slug, se.serious(), Boolean::logicalOr);
				cells.computeIfAbsent(slug, s -> new Frequency[columns.size()])[i] = se.frequency();
			}
		}
		List<SideEffectRow> seriousRows = new ArrayList<>();
		List<SideEffectRow> otherRows = new ArrayList<>();
		cells.forEach(
				(slug, row) -> (Boolean.TRUE.equals(serious.get(slug)) ? seriousRows : otherRows).add(new SideEffectRow(
						slug, java.util.Objects.requireNonNull(names.get(slug)), java.util.Arrays.asList(row))));
		Comparator<SideEffectRow> order = Comparator.comparing(SideEffectRow::mostCommon)
			.thenComparing(SideEffectRow::name);
		seriousRows.sort(order);
		otherRows.sort(order);
		return new ComparisonTable(columns, List.copyOf(seriousRows), List.copyOf(otherRows));
	}

}
