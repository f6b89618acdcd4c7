package org.mbcoptions.subtype;

import org.jspecify.annotations.Nullable;
import org.mbcoptions.catalogue.Subtype;
import org.mbcoptions.catalogue.SubtypeRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mbcoptions.catalogue.Indication;
import org.mbcoptions.catalogue.IndicationRepository;
import org.mbcoptions.model.Her2Category;
import org.mbcoptions.model.HrRequirement;
import org.mbcoptions.model.Person;
import org.mbcoptions.therapy.Companions;
import org.mbcoptions.model.TreatmentLine;
import org.mbcoptions.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class SubtypeService {

	private final SubtypeRepository subtypes;

	private final IndicationRepository indications;

	private final Companions companions;

	SubtypeService(SubtypeRepository subtypes, IndicationRepository indications, Companions companions) {
		this.subtypes = subtypes;
		this.indications = indications;
		this.companions = companions;
	}

	@Transactional(readOnly = true)
	public List<SubtypeSummary> findAll() {
		return subtypes.findAllByOrderById().stream().map(SubtypeSummary::of).toList();
	}

	@Transactional(readOnly = true)
	public SubtypePage page(String slug) {
		Subtype subtype = subtypes.findBySlug(slug).orElseThrow(() -> new NotFoundException("subtype " + slug));
		Map<String, Builder> builders = new LinkedHashMap<>();
		for (Indication indication : indications.findAllForMatching()) {
			if (overlaps(subtype, indication)) {
				builders
					.computeIfAbsent(
							indication.getTherapy().getSlug() + "|" + indication.getLine() + "|" + indication.getSite(),
							k -> new Builder(indication, subtype, companions))
					.add(indication);
			}
		}
		Map<TreatmentLine, List<SubtypeOption>> byLine = new EnumMap<>(TreatmentLine.class);
		List<SubtypeOption> siteSpecific = new ArrayList<>();
		List<SubtypeOption> rare = new ArrayList<>();
		builders.values()
			.stream()
			.map(Builder::build)
			// The same reading order as the results: usually offered first, then the
			// rest, then for some people only.
			.sorted(Comparator.comparing(SubtypeOption::preference)
				.thenComparing(SubtypeOption::name, String.CASE_INSENSITIVE_ORDER))
			.forEach(option -> {
				if (option.site() != null) {
					siteSpecific.add(option);
				}
				else if (option.anySubtype()) {
					rare.add(option);
				}
				else {
					byLine.computeIfAbsent(option.line(), l -> new ArrayList<>()).add(option);
				}
			});
		return new SubtypePage(SubtypeSummary.of(subtype), byLine, siteSpecific, rare);
	}

	/**
	 * Used whatever the subtype once a gene change is found: the tumour-agnostic
	 * approvals.
	 */
	static boolean isAnySubtype(Indication indication) {
		return indication.getHrStatus() == HrRequirement.ANY
				&& indication.getHer2().categories().containsAll(EnumSet.allOf(Her2Category.class))
				&& !indication.getBiomarkers().isEmpty();
	}

	/**
	 * The three subtype rows, read once: content changes only with a migration and a
	 * restart.
	 */
	private List<Subtype> all() {
		List<Subtype> known = cached;
		if (known == null) {
			known = List.copyOf(subtypes.findAllByOrderById());
			cached = known;
		}
		return known;
	}

	private volatile @Nullable List<Subtype> cached;

	static boolean overlaps(Subtype subtype, Indication indication) {
		return subtype.getHrStatus().overlaps(indication.getHrStatus())
				&& subtype.getHer2().overlaps(indication.getHer2());
	}

	/**
	 * The subtype a cancer belongs to, from what is known of it: the HR status (null
	 * while not known) and the HER2 categories it may be in (all of them while not
	 * known). Empty while the answers fit more than one subtype.
	 */
	public java.util.Optional<Subtype> of(@Nullable HrRequirement hr, Set<Her2Category> her2) {
		List<Subtype> fitting = all().stream()
			.filter(s -> s.getHrStatus() == HrRequirement.ANY || (hr != null && s.getHrStatus() == hr))
			.filter(s -> s.getHer2().categories().containsAll(her2))
			.toList();
		return fitting.size() == 1 ? java.util.Optional.of(fitting.get(0)) : java.util.Optional.empty();
	}

	private static final class Builder {

		private final Indication first;

		private final boolean hrPositiveOnly;

		private final List<Person> alsoGivenFor = new ArrayList<>();

		private final Set<String> conditions = new LinkedHashSet<>();

		private final Set<SubtypeOption.BiomarkerRef> needs = new LinkedHashSet<>();

		private final Set<Her2Category> subtypeHer2;

		private final Set<Her2Category> her2 = EnumSet.noneOf(Her2Category.class);

		private java.time.LocalDate reviewedOn;

		private org.mbcoptions.model.Preference preference = org.mbcoptions.model.Preference.SOME_PEOPLE;

		Builder(Indication first, Subtype subtype, Companions companions) {
			this.first = first;
			this.reviewedOn = first.getTherapy().getReviewedOn();
			this.subtypeHer2 = subtype.getHer2().categories();
			// A subtype page for HER2-positive cancer covers both HR answers: say which
			// options need HR-positive.
			this.hrPositiveOnly = subtype.getHrStatus() == HrRequirement.ANY
					&& first.getHrStatus() == HrRequirement.POSITIVE;
			List<String> drugs = first.getTherapy().getDrugs().stream().map(td -> td.getDrug().getName()).toList();
			for (Person person : Person.values()) {
				if (!companions.forRegimen(drugs, person).isEmpty()) {
					alsoGivenFor.add(person);
				}
			}
		}

		void add(Indication indication) {
			conditions.add(indication.getConditions());
			her2.addAll(indication.getHer2().categories());
			if (indication.getPreference() != null && indication.getPreference().compareTo(preference) < 0) {
				preference = indication.getPreference();
			}
			// The oldest review counts (the therapy's included): a summary is only as
			// current as its least recently
			// checked part.
			if (indication.getReviewedOn().isBefore(reviewedOn)) {
				reviewedOn = indication.getReviewedOn();
			}
			indication.getBiomarkers()
				.forEach(b -> needs.add(new SubtypeOption.BiomarkerRef(b.getSlug(), b.getName())));
		}

		SubtypeOption build() {
			return new SubtypeOption(first.getTherapy().getSlug(), first.getTherapy().getName(),
					first.getTherapy().getCategory(), first.getLine(), first.getSite(), List.copyOf(conditions),
					List.copyOf(needs), isAnySubtype(first), reviewedOn, first.getTherapy().getRoute(), hrPositiveOnly,
					List.copyOf(alsoGivenFor), preference, her2Only());
		}

		/**
		 * The subtype's HER2 categories this option fits, when it fits only some of them.
		 */
		private List<Her2Category> her2Only() {
			Set<Her2Category> fits = EnumSet.copyOf(subtypeHer2);
			fits.retainAll(her2);
			return fits.size() < subtypeHer2.size() ? List.copyOf(fits) : List.of();
		}

	}

}
