package org.mbcoptions.handout;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.mbcoptions.model.TreatmentLine;
import org.mbcoptions.subtype.SubtypeSummary;

/** A printable summary of one subtype: what a nurse hands out in clinic. */
public record HandoutPage(SubtypeSummary subtype, Map<TreatmentLine, List<Item>> byLine, List<Item> siteSpecific,
		List<Item> rareChanges, List<Test> tests, boolean her2LowQuestion, @Nullable LocalDate reviewedOn,
		String contentVersion) {

	/**
	 * One option in one line: how it is given and the side effects most people notice.
	 * {@code usual}: a guideline names it as usually offered first here, so the handout's
	 * first page shows it in full.
	 */
	public record Item(String slug, String name, String route, List<String> keySideEffects, List<String> needs,
			boolean hrPositiveOnly, List<org.mbcoptions.model.Person> alsoGivenFor, boolean usual,
			List<org.mbcoptions.model.Her2Category> her2Only) {

		/**
		 * Marks after the name, explained once in the handout's legend: two sheets leave
		 * no room to repeat "before menopause, with ovarian suppression" on every hormone
		 * option.
		 */
		public String marks() {
			return (alsoGivenFor.contains(org.mbcoptions.model.Person.PREMENOPAUSAL) ? "*" : "")
					+ (alsoGivenFor.contains(org.mbcoptions.model.Person.MALE) ? "†" : "");
		}

	}

	/**
	 * Whether any option carries a companion mark, so the legend is printed only when it
	 * explains something.
	 */
	public boolean hasCompanionMarks() {
		return java.util.stream.Stream
			.of(byLine.values().stream().flatMap(List::stream), siteSpecific.stream(), rareChanges.stream())
			.flatMap(s -> s)
			.anyMatch(i -> !i.alsoGivenFor().isEmpty());
	}

	/** A test that could open options for this subtype, and which. */
	public record Test(String name, List<String> opens) {
	}

	/** The usual options of each line, for page 1; lines without one are left out. */
	public Map<TreatmentLine, List<Item>> usualByLine() {
		return filtered(true);
	}

	/** The other options of each line, for page 2; lines without one are left out. */
	public Map<TreatmentLine, List<Item>> otherByLine() {
		return filtered(false);
	}

	private Map<TreatmentLine, List<Item>> filtered(boolean usual) {
		Map<TreatmentLine, List<Item>> lines = new java.util.EnumMap<>(TreatmentLine.class);
		byLine.forEach((line, items) -> {
			List<Item> kept = items.stream().filter(i -> i.usual() == usual).toList();
			if (!kept.isEmpty()) {
				lines.put(line, kept);
			}
		});
		return lines;
	}

	public int optionCount() {
		return byLine.values().stream().mapToInt(List::size).sum() + siteSpecific.size() + rareChanges.size();
	}

}
