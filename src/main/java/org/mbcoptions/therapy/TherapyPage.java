package org.mbcoptions.therapy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.mbcoptions.catalogue.Approval;
import org.mbcoptions.catalogue.Indication;
import org.mbcoptions.catalogue.Therapy;
import org.mbcoptions.model.Her2Category;
import org.mbcoptions.model.HrRequirement;
import org.mbcoptions.model.MenopauseRequirement;
import org.mbcoptions.model.MetastaticSite;
import org.mbcoptions.model.Person;
import org.mbcoptions.model.SourceLink;
import org.mbcoptions.model.TherapyCategory;
import org.mbcoptions.model.TreatmentLine;

/**
 * Everything the therapy page shows, copied out of the entities inside one read-only
 * transaction: with open-in-view off, a template that reached for a lazy property of an
 * entity would fail only when rendered.
 */
public record TherapyPage(String slug, String name, String drugClassSlug, String drugClassName,
		TherapyCategory category, String summary, String howItWorks, String route, String schedule,
		List<Medicine> medicines, List<SideEffectEntry> sideEffects, List<LabelWarnings.Warning> warnings,
		List<Companion> companions, Map<Person, List<String>> companionFor, List<Use> uses, List<ApprovalRow> approvals,
		List<SourceLink> sources, LocalDate reviewedOn) {

	/** A medicine of the regimen with its brand names. */
	public record Medicine(String name, List<String> brandNames) {
	}

	/**
	 * What is added to this regimen for some people, the sources that ask for it, and the
	 * label warnings of what is added.
	 */
	public record Companion(Person person, List<String> drugs, List<Companions.Rule> rules,
			List<LabelWarnings.Warning> warnings) {
	}

	/** One use of the therapy: for whom, at which line, and what result it needs. */
	public record Use(String conditions, HrRequirement hrStatus, List<Her2Category> her2,
			List<BiomarkerLink> biomarkers, MenopauseRequirement menopause, @Nullable MetastaticSite site,
			TreatmentLine line) {

		static Use of(Indication i) {
			return new Use(i.getConditions(), i.getHrStatus(), List.copyOf(i.getHer2().categories()),
					i.getBiomarkers().stream().map(b -> new BiomarkerLink(b.getSlug(), b.getName())).toList(),
					i.getMenopause(), i.getSite(), i.getLine());
		}

	}

	/** A biomarker result a use needs, linked to its page. */
	public record BiomarkerLink(String slug, String name) {
	}

	/** Where the therapy is approved or recommended, and the decision behind it. */
	public record ApprovalRow(Approval.Region region, Approval.Status status, LocalDate decidedOn, String note,
			String sourceUrl) {

		static ApprovalRow of(Approval a) {
			return new ApprovalRow(a.getRegion(), a.getStatus(), a.getDecidedOn(), a.getNote(), a.getSource().getUrl());
		}

	}

	static TherapyPage of(Therapy therapy, List<SideEffectEntry> sideEffects, List<LabelWarnings.Warning> warnings,
			List<Companion> companions, Map<Person, List<String>> companionFor, List<Indication> uses,
			List<Approval> approvals, List<SourceLink> sources, LocalDate reviewedOn) {
		return new TherapyPage(therapy.getSlug(), therapy.getName(), therapy.getDrugClass().getSlug(),
				therapy.getDrugClass().getName(), therapy.getCategory(), therapy.getSummary(), therapy.getHowItWorks(),
				therapy.getRoute(), therapy.getSchedule(),
				therapy.getDrugs()
					.stream()
					.map(td -> new Medicine(td.getDrug().getName(), List.copyOf(td.getDrug().getBrandNames())))
					.toList(),
				sideEffects, warnings, companions, companionFor, uses.stream().map(Use::of).toList(),
				approvals.stream().map(ApprovalRow::of).toList(), sources, reviewedOn);
	}

	/**
	 * The label warnings of the drugs added for some people, each once: the regimen's own
	 * side effects do not list them, because not everyone takes those drugs.
	 */
	public List<LabelWarnings.Warning> companionWarnings() {
		return companions.stream().flatMap(c -> c.warnings().stream()).distinct().toList();
	}

	/** One rule per source behind the companions, so each source is linked once. */
	public List<Companions.Rule> companionSources() {
		Map<String, Companions.Rule> bySource = new LinkedHashMap<>();
		companions.forEach(c -> c.rules().forEach(r -> bySource.putIfAbsent(r.sourceUrl(), r)));
		return List.copyOf(bySource.values());
	}

	/**
	 * Whether it can lower the white blood cells that fight infection, so its page
	 * carries the emergency box: an infection can then become dangerous within hours, and
	 * a fever is the sign people can notice.
	 */
	public boolean lowersBloodCounts() {
		return sideEffects.stream().anyMatch(t -> LOW_WHITE_CELLS.equals(t.slug()));
	}

	private static final String LOW_WHITE_CELLS = "low-white-blood-cells";

	/**
	 * The tests to do before starting, from the label warnings of its drugs, without
	 * repeats.
	 */
	public List<String> testsBefore() {
		return warnings.stream().map(LabelWarnings.Warning::testBefore).filter(t -> t != null).distinct().toList();
	}

}
