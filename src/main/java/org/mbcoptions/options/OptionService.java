package org.mbcoptions.options;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.mbcoptions.catalogue.Biomarker;
import org.mbcoptions.catalogue.Indication;
import org.mbcoptions.catalogue.IndicationRepository;
import org.mbcoptions.model.MenopauseRequirement;
import org.mbcoptions.model.Person;
import org.mbcoptions.model.Preference;
import org.mbcoptions.catalogue.Source;
import org.mbcoptions.model.SexRequirement;
import org.mbcoptions.recent.RecentApprovals;
import org.mbcoptions.model.TreatmentKind;
import org.mbcoptions.model.TreatmentLine;
import org.mbcoptions.therapy.Companions;
import org.mbcoptions.therapy.KeySideEffects;
import org.mbcoptions.catalogue.TherapySideEffectRepository;
import org.mbcoptions.catalogue.Therapy;
import org.mbcoptions.catalogue.TherapyDrug;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the filter over every indication and shapes the answer the options page and the
 * JSON API share.
 */
@Service
public class OptionService {

	private final IndicationRepository indications;

	private final ReasonWriter reasons;

	private final MessageSource messages;

	private final RecentApprovals recentApprovals;

	private final Companions companions;

	private final TherapySideEffectRepository sideEffects;

	private final RegionalDecisions decisions;

	/**
	 * How many side effects an option card names: the most common first, serious ones
	 * before others.
	 */
	private static final int COMMON_SIDE_EFFECTS = 3;

	public OptionService(IndicationRepository indications, MessageSource messages, RecentApprovals recentApprovals,
			Companions companions, TherapySideEffectRepository sideEffects, RegionalDecisions decisions) {
		this.sideEffects = sideEffects;
		this.decisions = decisions;
		this.indications = indications;
		this.reasons = new ReasonWriter(messages);
		this.messages = messages;
		this.recentApprovals = recentApprovals;
		this.companions = companions;
	}

	@Transactional(readOnly = true)
	public OptionResults find(Profile profile, Locale locale) {
		Map<String, Biomarker> biomarkersByCode = new TreeMap<>();
		Map<OptionKey, Accumulator> fits = new LinkedHashMap<>();
		Map<PendingTest, Set<Therapy>> opened = new LinkedHashMap<>();
		Set<TreatmentKind> had = profile.hadKinds();

		for (Indication indication : indications.findAllForMatching()) {
			indication.getBiomarkers().forEach(b -> biomarkersByCode.put(b.getCode(), b));
			indication.getAbsentBiomarkers().forEach(b -> biomarkersByCode.put(b.getCode(), b));
			Criteria criteria = criteriaOf(indication);
			Match match = OptionMatcher.match(profile, criteria);
			if (match instanceof Match.Fits fit) {
				fits.computeIfAbsent(new OptionKey(indication.getTherapy(), indication.getLine()),
						k -> new Accumulator())
					.add(fit, criteria, indication, had);
			}
			else if (match instanceof Match.NeedsTest needs) {
				opened.computeIfAbsent(needs.test(), k -> new LinkedHashSet<>()).add(indication.getTherapy());
			}
		}

		Set<String> fittingTherapies = new LinkedHashSet<>();
		fits.keySet().forEach(k -> fittingTherapies.add(k.therapy().getSlug()));
		Map<String, List<String>> common = fittingTherapies.isEmpty() ? Map.of()
				: KeySideEffects.bySlug(sideEffects.findByTherapySlugIn(fittingTherapies), COMMON_SIDE_EFFECTS);
		List<OptionView> options = new ArrayList<>();
		fits.forEach((key, acc) -> options.add(view(key, acc, profile, biomarkersByCode, locale,
				common.getOrDefault(key.therapy().getSlug(), List.of()))));
		Set<String> fittingSlugs = new LinkedHashSet<>();
		options.forEach(o -> fittingSlugs.add(o.slug()));

		List<TestSuggestion> tests = suggestions(opened, fittingSlugs, biomarkersByCode, locale);
		return new OptionResults(profile, group(options), tests, CareTeamQuestions.of(tests, messages, locale),
				recent(profile));
	}

	/**
	 * The same rules as for options, so a recent approval shows wherever its profile is
	 * not ruled out.
	 */
	private List<RecentOption> recent(Profile profile) {
		List<RecentOption> result = new ArrayList<>();
		for (RecentApprovals.Entry e : recentApprovals.entries()) {
			Criteria criteria = new Criteria(e.hr(), e.her2(), MenopauseRequirement.ANY, SexRequirement.ANY, null,
					e.biomarkerCode() == null ? List.of() : List.of(e.biomarkerCode()),
					e.absentBiomarkerCode() == null ? List.of() : List.of(e.absentBiomarkerCode()));
			Match match = OptionMatcher.match(profile, criteria);
			if (!(match instanceof Match.RuledOut)) {
				result.add(new RecentOption(e.slug(), e.name(), e.brandName(), e.region(), e.decidedOn(), e.forWhom(),
						match instanceof Match.Fits));
			}
		}
		return result;
	}

	static Criteria criteriaOf(Indication indication) {
		return new Criteria(indication.getHrStatus(), indication.getHer2().categories(), indication.getMenopause(),
				indication.getSex(), indication.getSite(), codes(indication.getBiomarkers()),
				codes(indication.getAbsentBiomarkers()));
	}

	private static List<String> codes(Set<Biomarker> biomarkers) {
		return biomarkers.stream().map(Biomarker::getCode).sorted().toList();
	}

	/**
	 * One option as this person takes it: before menopause a regimen with an aromatase
	 * inhibitor or fulvestrant holds ovarian suppression, and in men one with an
	 * aromatase inhibitor holds a GnRH agent, in its drugs and its name. When menopause
	 * or sex is not known, a note says what is added for whom.
	 */
	private OptionView view(OptionKey key, Accumulator acc, Profile profile, Map<String, Biomarker> biomarkers,
			Locale locale, List<String> commonSideEffects) {
		Therapy therapy = key.therapy();
		List<String> matched = acc.matched.stream().map(f -> reasons.fact(f, biomarkers, locale)).toList();
		List<String> notKnown = acc.notKnown.stream().map(f -> reasons.notKnown(f, locale)).toList();
		List<String> drugs = new ArrayList<>(
				therapy.getDrugs().stream().map(TherapyDrug::getDrug).map(d -> d.getName()).toList());
		String name = therapy.getName();
		List<String> notes = new ArrayList<>();
		List<String> companionsAdded = new ArrayList<>();
		for (Person person : Person.values()) {
			List<String> added = companions.forRegimen(drugs, person);
			if (added.isEmpty()) {
				continue;
			}
			String messageKey = person.name().toLowerCase(Locale.ROOT);
			if (applies(person, profile)) {
				drugs.addAll(added);
				companionsAdded.addAll(added);
				name = messages.getMessage("option.with." + messageKey, new Object[] { name }, locale);
				notes.add(messages.getMessage("option.added." + messageKey, new Object[] { String.join(" or ", added) },
						locale));
			}
			else if (mayApply(person, profile) && acc.reaches(person)) {
				notes.add(messages.getMessage("option.addedFor." + messageKey,
						new Object[] { String.join(" or ", added) }, locale));
			}
		}
		return new OptionView(therapy.getSlug(), name, List.copyOf(drugs), key.line(), therapy.getCategory(),
				reasons.why(matched, notKnown, locale), matched, notKnown, List.copyOf(acc.conditions),
				List.copyOf(notes), List.copyOf(acc.needsFound), List.copyOf(acc.needsNotFound),
				acc.openBeforeMenopause, acc.openToMen, acc.preference, acc.guideline,
				List.copyOf(therapy.getDrugs().get(0).getDrug().getBrandNames()), therapy.getRoute(),
				therapy.getSchedule(), commonSideEffects,
				// Every option has at least one fitting row, which set it.
				java.util.Objects.requireNonNull(acc.prior), acc.earlier(), decisions.forUses(acc.uses),
				companionsAdded.stream().distinct().toList());
	}

	private static boolean applies(Person person, Profile profile) {
		return switch (person) {
			case PREMENOPAUSAL -> profile.isPremenopausal();
			case MALE -> profile.isMale();
		};
	}

	/** Not known either way: menopause not given (and not a man), or sex not given. */
	private static boolean mayApply(Person person, Profile profile) {
		return switch (person) {
			case PREMENOPAUSAL -> !profile.isMale() && profile.menopause() == MenopauseAnswer.UNKNOWN;
			case MALE -> profile.sex() == SexAnswer.UNKNOWN;
		};
	}

	/**
	 * Lines in order (first treatment, then later, then any line); within a line, usually
	 * offered first, then options a reported test result opens, then those whose earlier
	 * treatment the person has had, then other options, then those for selected people
	 * only; within each, by kind and then A to Z, so the first card is the usual first
	 * choice with the guideline that says so.
	 */
	private static List<OptionResults.LineGroup> group(List<OptionView> options) {
		Map<TreatmentLine, Map<OptionResults.Bucket, List<OptionView>>> byLine = new EnumMap<>(TreatmentLine.class);
		options.stream()
			.sorted(Comparator.comparing(OptionView::category)
				.thenComparing(OptionView::name, String.CASE_INSENSITIVE_ORDER))
			.forEach(o -> byLine.computeIfAbsent(o.line(), l -> new EnumMap<>(OptionResults.Bucket.class))
				.computeIfAbsent(bucket(o), b -> new ArrayList<>())
				.add(o));
		List<OptionResults.LineGroup> groups = new ArrayList<>();
		byLine.forEach((line, byBucket) -> {
			List<OptionResults.BucketGroup> buckets = new ArrayList<>();
			byBucket.forEach((bucket, list) -> buckets.add(new OptionResults.BucketGroup(bucket, list)));
			groups.add(new OptionResults.LineGroup(line, buckets));
		});
		return groups;
	}

	static OptionResults.Bucket bucket(OptionView option) {
		return switch (option.preference()) {
			case PREFERRED -> OptionResults.Bucket.PREFERRED;
			case SOME_PEOPLE -> OptionResults.Bucket.SOME_PEOPLE;
			case OTHER -> !option.needsFound().isEmpty() ? OptionResults.Bucket.MATCHED
					: option.priorTreatment() == PriorStatus.MET ? OptionResults.Bucket.AFTER_HISTORY
							: OptionResults.Bucket.OTHER;
		};
	}

	private List<TestSuggestion> suggestions(Map<PendingTest, Set<Therapy>> opened, Set<String> fittingSlugs,
			Map<String, Biomarker> biomarkers, Locale locale) {
		List<TestSuggestion> result = new ArrayList<>();
		opened.entrySet().stream().sorted(Comparator.comparingInt(e -> testOrder(e.getKey()))).forEach(e -> {
			List<TestSuggestion.OptionLink> links = e.getValue()
				.stream()
				.filter(t -> !fittingSlugs.contains(t.getSlug()))
				.sorted(Comparator.comparing(Therapy::getName, String.CASE_INSENSITIVE_ORDER))
				.map(t -> new TestSuggestion.OptionLink(t.getSlug(), t.getName()))
				.toList();
			if (!links.isEmpty()) {
				result.add(reasons.suggestion(e.getKey(), biomarkers.get(e.getKey().code()), links, locale));
			}
		});
		return result;
	}

	private static int testOrder(PendingTest test) {
		return switch (test.code()) {
			case "HR" -> -3;
			case "HER2" -> -2;
			case "HER2-LOW" -> -1;
			default -> {
				for (BiomarkerAnswer answer : BiomarkerAnswer.values()) {
					if (answer.code().equals(test.code())) {
						yield answer.ordinal();
					}
				}
				yield Integer.MAX_VALUE;
			}
		};
	}

	private record OptionKey(Therapy therapy, TreatmentLine line) {
	}

	private static final class Accumulator {

		private final Set<Fact> matched = new LinkedHashSet<>();

		private final Set<Fact> notKnown = new LinkedHashSet<>();

		private final Set<String> conditions = new LinkedHashSet<>();

		private final Set<String> needsFound = new java.util.TreeSet<>();

		private final Set<String> needsNotFound = new java.util.TreeSet<>();

		/** The codes of the fitting rows, whose regional decisions the option shows. */
		private final Set<String> uses = new LinkedHashSet<>();

		private boolean openBeforeMenopause;

		/**
		 * The strongest preference among the rows that fit, and the guideline behind it.
		 */
		private Preference preference = Preference.SOME_PEOPLE;

		private OptionView.@Nullable Guideline guideline;

		private boolean openToMen;

		/**
		 * Whether a fitting row can reach this person at all: no note on what is added
		 * for someone it excludes.
		 */
		boolean reaches(Person person) {
			return person == Person.PREMENOPAUSAL ? openBeforeMenopause : openToMen;
		}

		private static Preference preferenceOf(Indication indication) {
			return indication.getPreference() == null ? Preference.OTHER : indication.getPreference();
		}

		/**
		 * The most open prior-treatment status among the fitting rows; null until a row
		 * is added.
		 */
		private @Nullable PriorStatus prior;

		/**
		 * Whether every fitting row is a first-line use the person is past; false while
		 * none is.
		 */
		private boolean allPast = true;

		private boolean anyRow;

		boolean earlier() {
			return anyRow && allPast;
		}

		void add(Match.Fits fit, Criteria criteria, Indication indication, Set<TreatmentKind> had) {
			PriorStatus status = PriorStatus.of(indication.getPriorTreatments(), indication.getLine(), had);
			prior = prior == null ? status : prior.or(status);
			anyRow = true;
			uses.add(indication.getCode());
			allPast &= indication.getLine() == TreatmentLine.FIRST
					&& indication.getNotAfter().stream().anyMatch(had::contains);
			String condition = indication.getConditions();
			openBeforeMenopause |= criteria.menopause() != MenopauseRequirement.POST;
			openToMen |= criteria.sex() == SexRequirement.ANY && criteria.menopause() != MenopauseRequirement.PRE;
			matched.addAll(fit.matched());
			notKnown.addAll(fit.notKnown());
			conditions.add(condition);
			needsFound.addAll(criteria.biomarkers());
			if (preferenceOf(indication).compareTo(preference) < 0
					|| guideline == null && preferenceOf(indication) == preference) {
				preference = preferenceOf(indication);
				Source source = indication.getPreferenceSource();
				guideline = source == null ? null : new OptionView.Guideline(source.getTitle(), source.getUrl());
			}
			needsNotFound.addAll(criteria.absentBiomarkers());
		}

	}

}
