package org.mbcoptions.therapy;

import org.mbcoptions.advice.SideEffectActions;
import org.mbcoptions.catalogue.ApprovalRepository;
import org.mbcoptions.catalogue.Therapy;
import org.mbcoptions.catalogue.TherapyRepository;
import org.mbcoptions.catalogue.TherapySideEffect;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.mbcoptions.catalogue.Indication;
import org.mbcoptions.catalogue.IndicationRepository;
import org.mbcoptions.catalogue.Source;
import org.mbcoptions.model.Person;
import org.mbcoptions.model.SourceLink;
import org.mbcoptions.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Therapies as pages need them. Each method runs a fixed number of statements, whatever
 * the size of the catalogue: the queries fetch what the page shows in one go instead of
 * loading it lazily row by row.
 */
@Service
public class TherapyService {

	private final TherapyRepository therapies;

	private final IndicationRepository indications;

	private final ApprovalRepository approvals;

	private final LabelWarnings labelWarnings;

	private final Companions companions;

	private final SideEffectActions actions;

	TherapyService(TherapyRepository therapies, IndicationRepository indications, ApprovalRepository approvals,
			LabelWarnings labelWarnings, Companions companions, SideEffectActions actions) {
		this.actions = actions;
		this.therapies = therapies;
		this.indications = indications;
		this.approvals = approvals;
		this.labelWarnings = labelWarnings;
		this.companions = companions;
	}

	@Transactional(readOnly = true)
	public List<TherapySummary> findAll() {
		return therapies.findAllWithDrugs().stream().map(TherapySummary::of).toList();
	}

	/**
	 * Every therapy with its sources and the newest review date of it and its
	 * indications.
	 */
	@Transactional(readOnly = true)
	public List<TherapyRecord> findAllRecords() {
		return therapies.findAllWithDrugsAndSources().stream().map(t -> TherapyRecord.of(t, actions)).toList();
	}

	/**
	 * The therapy page: three statements (the therapy with its drugs, sources and side
	 * effects; uses; approvals).
	 */
	@Transactional(readOnly = true)
	public TherapyPage page(String slug) {
		Therapy therapy = therapies.findBySlug(slug).orElseThrow(() -> new NotFoundException("therapy " + slug));
		List<Indication> uses = indications.findByTherapySlug(slug);
		Set<Source> sources = new LinkedHashSet<>(therapy.getSources());
		uses.forEach(i -> sources.addAll(i.getSources()));
		LocalDate reviewed = uses.stream()
			.map(Indication::getReviewedOn)
			.reduce(therapy.getReviewedOn(), (a, b) -> a.isBefore(b) ? a : b);
		List<String> drugs = drugNames(therapy);
		List<TherapyPage.Companion> added = new ArrayList<>();
		for (Person person : Person.values()) {
			List<String> companionDrugs = companions.forRegimen(drugs, person);
			if (!companionDrugs.isEmpty()) {
				added.add(new TherapyPage.Companion(person, companionDrugs, companions.rulesFor(drugs, person),
						labelWarnings.forDrugs(companionDrugs)));
			}
		}
		return TherapyPage.of(therapy, byImportance(therapy), labelWarnings.forDrugs(drugs), added,
				companions.companionFor(drugs), uses, approvals.findByTherapySlug(slug),
				sources.stream().map(Source::link).sorted(Comparator.comparing(SourceLink::title)).toList(), reviewed);
	}

	/**
	 * The therapies to compare, in the order asked, each with its side effects; unknown
	 * slugs are skipped.
	 */
	@Transactional(readOnly = true)
	public List<TherapyComparison> compare(Collection<String> slugs) {
		Map<String, Therapy> bySlug = new HashMap<>();
		therapies.findWithSideEffectsBySlugIn(slugs).forEach(t -> bySlug.put(t.getSlug(), t));
		return slugs.stream()
			.map(bySlug::get)
			.filter(Objects::nonNull)
			.map(t -> new TherapyComparison(t.getSlug(), t.getName(), t.getSummary(), t.getRoute(), t.getSchedule(),
					byImportance(t), labelWarnings.forDrugs(drugNames(t))))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<TherapySummary> findByDrugClass(String drugClassSlug) {
		return therapies.findByDrugClassSlugOrderByName(drugClassSlug).stream().map(TherapySummary::of).toList();
	}

	private static List<SideEffectEntry> byImportance(Therapy therapy) {
		return therapy.getSideEffects()
			.stream()
			.sorted(TherapySideEffect.BY_IMPORTANCE)
			.map(SideEffectEntry::of)
			.toList();
	}

	private static List<String> drugNames(Therapy therapy) {
		return therapy.getDrugs().stream().map(td -> td.getDrug().getName()).toList();
	}

}
