package org.mbcoptions.handout;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.mbcoptions.model.TreatmentLine;
import org.mbcoptions.subtype.Subtype;

/** A printable summary of one subtype: what a nurse hands out in clinic. */
public record HandoutPage(Subtype subtype, Map<TreatmentLine, List<Item>> byLine, List<Item> siteSpecific,
		List<Item> rareChanges, List<Test> tests, boolean her2LowQuestion, LocalDate reviewedOn, String contentVersion) {

	/** One option in one line: how it is given and the side effects most people notice. */
	public record Item(String slug, String name, String route, List<String> keySideEffects, List<String> needs) {
	}

	/** A test that could open options for this subtype, and which. */
	public record Test(String name, List<String> opens) {
	}

	public int optionCount() {
		return byLine.values().stream().mapToInt(List::size).sum() + siteSpecific.size() + rareChanges.size();
	}

}
