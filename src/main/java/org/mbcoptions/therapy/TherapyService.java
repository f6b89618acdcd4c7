package org.mbcoptions.therapy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hibernate.Hibernate;
import org.mbcoptions.indication.Indication;
import org.mbcoptions.indication.IndicationRepository;
import org.mbcoptions.source.Source;
import org.mbcoptions.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class TherapyService {

	private final TherapyRepository therapies;

	private final TherapySideEffectRepository sideEffects;

	private final IndicationRepository indications;

	private final ApprovalRepository approvals;

	TherapyService(TherapyRepository therapies, TherapySideEffectRepository sideEffects,
			IndicationRepository indications, ApprovalRepository approvals) {
		this.therapies = therapies;
		this.sideEffects = sideEffects;
		this.indications = indications;
		this.approvals = approvals;
	}

	@Transactional(readOnly = true)
	public List<TherapySummary> findAll() {
		return therapies.findAllWithDrugClass().stream().map(TherapySummary::of).toList();
	}

	@Transactional(readOnly = true)
	public List<TherapySummary> search(String query) {
		return findAll().stream().filter(t -> t.matches(query)).toList();
	}

	/** Every therapy with its sources and the newest review date of it and its indications. */
	@Transactional(readOnly = true)
	public List<TherapyRecord> findAllRecords() {
		return therapies.findAllWithDrugClass().stream().map(TherapyRecord::of).toList();
	}

	@Transactional(readOnly = true)
	public TherapyPage page(String slug) {
		Therapy therapy = therapies.findBySlug(slug).orElseThrow(() -> new NotFoundException("therapy " + slug));
		List<Indication> uses = indications.findByTherapySlug(slug);
		Set<Source> sources = new LinkedHashSet<>(therapy.getSources());
		uses.forEach(i -> sources.addAll(i.getSources()));
		LocalDate reviewed = uses.stream()
			.map(Indication::getReviewedOn)
			.reduce(therapy.getReviewedOn(), (a, b) -> a.isBefore(b) ? a : b);
		Hibernate.initialize(therapy.getDrugClass());
		return new TherapyPage(therapy, TherapySummary.of(therapy), sideEffects.findByTherapySlug(slug), uses,
				approvals.findByTherapySlug(slug), sources.stream().sorted(Comparator.comparing(Source::getTitle)).toList(), reviewed);
	}

	@Transactional(readOnly = true)
	public List<TherapySummary> findByDrugClass(String drugClassSlug) {
		return therapies.findByDrugClassSlugOrderByName(drugClassSlug).stream().map(TherapySummary::of).toList();
	}

}
