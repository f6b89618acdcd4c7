package org.mbcoptions.options;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.mbcoptions.model.Preference;
import org.mbcoptions.model.TherapyCategory;
import org.mbcoptions.model.TreatmentLine;

/**
 * One therapy that fits the profile at one line of treatment, as this person would take
 * it: {@code name} and {@code drugs} include what is added for them (ovarian suppression
 * before menopause, a GnRH agent for men). {@code why} is the one-line reason; the lists
 * behind it say which answers matched and what was not known. {@code notes} say what is
 * added, or would be for someone else; {@code needsFound} and {@code needsNotFound} are
 * the biomarker codes the option depends on being found, or tested and not found.
 * {@code openBeforeMenopause} and {@code openToMen}: whether its label (or guideline)
 * reaches a woman before menopause, or a man, at all. {@code preference} places it among
 * the options of its line, and {@code guideline} (null for OTHER) says who places it
 * there. {@code brandNames} are those of the drug the regimen is named after;
 * {@code commonSideEffects} the two or three most people notice, most common first.
 * {@code priorTreatment}: whether the treatment its label needs first has been had;
 * {@code earlier}: a first-line use the person is past, by their {@code had} answers.
 * {@code decisions}: what regulators and NICE decided about the uses that fit, as far as
 * the catalogue records them. {@code companions}: the drugs in {@code drugs} that are
 * added for this person (a GnRH agent before menopause or in men).
 */
public record OptionView(String slug, String name, List<String> drugs, TreatmentLine line, TherapyCategory category,
		String why, List<String> matched, List<String> notKnown, List<String> conditions, List<String> notes,
		List<String> needsFound, List<String> needsNotFound, boolean openBeforeMenopause, boolean openToMen,
		Preference preference, @Nullable Guideline guideline, List<String> brandNames, String route, String schedule,
		List<String> commonSideEffects, PriorStatus priorTreatment, boolean earlier, List<RegionalDecision> decisions,
		List<String> companions) {

	public OptionView {
		decisions = List.copyOf(decisions);
		companions = List.copyOf(companions);
	}

	/** An option with no drug added for the person. */
	public OptionView(String slug, String name, List<String> drugs, TreatmentLine line, TherapyCategory category,
			String why, List<String> matched, List<String> notKnown, List<String> conditions, List<String> notes,
			List<String> needsFound, List<String> needsNotFound, boolean openBeforeMenopause, boolean openToMen,
			Preference preference, @Nullable Guideline guideline, List<String> brandNames, String route,
			String schedule, List<String> commonSideEffects, PriorStatus priorTreatment, boolean earlier,
			List<RegionalDecision> decisions) {
		this(slug, name, drugs, line, category, why, matched, notKnown, conditions, notes, needsFound, needsNotFound,
				openBeforeMenopause, openToMen, preference, guideline, brandNames, route, schedule, commonSideEffects,
				priorTreatment, earlier, decisions, List.of());
	}

	/**
	 * The decisions of the region the visitor lives in; empty when none is recorded there
	 * (or no region was given).
	 */
	public List<RegionalDecision> decisionsIn(RegionAnswer region) {
		return RegionalDecision.in(decisions, region);
	}

	/**
	 * The label needs an earlier treatment and the answers say whether it was had: worth
	 * a line on the card.
	 */
	public boolean priorTreatmentKnown() {
		return priorTreatment == PriorStatus.MET || priorTreatment == PriorStatus.NOT_MET;
	}

	/**
	 * The title people recognise: the generic name with the brand of the main drug, if it
	 * has one.
	 */
	public String title() {
		// "Denosumab (Xgeva)" already names its brand.
		if (brandNames.isEmpty() || brandNames.stream().anyMatch(name::contains)) {
			return name;
		}
		String brands = String.join(", ", brandNames);
		// "Ixabepilone (with capecitabine or on its own)" takes the brand inside its
		// brackets: no double brackets.
		return name.endsWith(")") ? name.substring(0, name.length() - 1) + "; " + brands + ")"
				: name + " (" + brands + ")";
	}

	/**
	 * The way it is given in two or three words, for lines too short for the full route:
	 * "mouth" (tablets or capsules), "mouth-injection" (with injections too), "drip"
	 * (into a vein) or "injection"; null when the route says none of these plainly.
	 */
	public @Nullable String routeKind() {
		if (route == null) {
			return null;
		}
		String r = route.toLowerCase(java.util.Locale.ROOT);
		boolean byMouth = r.startsWith("tablet") || r.startsWith("capsule");
		if (byMouth) {
			return r.contains("injection") ? "mouth-injection" : r.contains("drip") ? null : "mouth";
		}
		if (r.startsWith("drip") || r.startsWith("short drip") || r.startsWith("injection into a vein")) {
			return "drip";
		}
		return r.startsWith("injection") ? "injection" : null;
	}

	/**
	 * How often, in the schedule's own first sentence ("Usually once a week."), or null
	 * without a schedule.
	 */
	public @Nullable String howOften() {
		if (schedule == null || schedule.isBlank()) {
			return null;
		}
		int end = schedule.indexOf(". ");
		return end < 0 ? schedule.strip() : schedule.substring(0, end + 1);
	}

	/** The guideline behind a preference, detached from JPA. */
	public record Guideline(String title, String url) {
	}

}
