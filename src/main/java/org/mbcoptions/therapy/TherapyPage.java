package org.mbcoptions.therapy;

import org.mbcoptions.catalogue.Approval;
import org.mbcoptions.catalogue.Therapy;
import org.mbcoptions.catalogue.TherapySideEffect;
import java.time.LocalDate;
import java.util.List;

import org.mbcoptions.catalogue.Indication;
import org.mbcoptions.model.Person;
import org.mbcoptions.catalogue.Source;

/** Everything the therapy page shows, loaded inside one read-only transaction. */
public record TherapyPage(Therapy therapy, TherapySummary summary, List<TherapySideEffect> sideEffects,
		List<LabelWarnings.Warning> warnings, List<Companion> companions,
		java.util.Map<Person, List<String>> companionFor, List<Indication> indications,
		List<Approval> approvals, List<Source> sources, LocalDate reviewedOn) {

	/** What is added to this regimen for some people, and the sources that ask for it. */
	public record Companion(Person person, List<String> drugs, List<Companions.Rule> rules) {
	}

	/** One rule per source behind the companions, so each source is linked once. */
	public List<Companions.Rule> companionSources() {
		java.util.Map<String, Companions.Rule> bySource = new java.util.LinkedHashMap<>();
		companions.forEach(c -> c.rules().forEach(r -> bySource.putIfAbsent(r.sourceUrl(), r)));
		return List.copyOf(bySource.values());
	}

	/**
	 * Whether it can lower the white blood cells that fight infection, so its page carries the emergency box: an
	 * infection can then become dangerous within hours, and a fever is the sign people can notice.
	 */
	public boolean lowersBloodCounts() {
		return sideEffects.stream().anyMatch(t -> LOW_WHITE_CELLS.equals(t.getSideEffect().getSlug()));
	}

	private static final String LOW_WHITE_CELLS = "low-white-blood-cells";

	/** The tests to do before starting, from the label warnings of its drugs, without repeats. */
	public List<String> testsBefore() {
		return warnings.stream().map(LabelWarnings.Warning::testBefore).filter(t -> t != null).distinct().toList();
	}

}
