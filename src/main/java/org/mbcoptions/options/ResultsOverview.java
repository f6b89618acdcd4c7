package org.mbcoptions.options;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.mbcoptions.model.TreatmentLine;

/**
 * How the results page reads, built from {@link OptionResults} without changing it (the
 * JSON keeps one entry per therapy and line): a short summary first, then each therapy
 * once with its lines as tags, in groups of which only the usual ones start open, then
 * the tests, the rare gene changes apart.
 */
public record ResultsOverview(Summary summary, List<TherapyGroup> groups, List<TestSuggestion> tests,
		List<TestSuggestion> rareTests) {

	/** How many tests the summary names as changing the list most. */
	static final int KEY_TESTS = 2;

	/**
	 * {@code firstChoices} and {@code laterChoices}: what a guideline says is usually
	 * offered first, for the first treatment and after it, leaving out first-line uses
	 * the person is past. {@code unlocked}: options that fit because of a result the
	 * visitor reported. {@code afterHistory}: options whose label needs an earlier
	 * treatment the person has had. {@code keyTests}: the results that would change the
	 * list most (HR and HER2 before any other).
	 */
	public record Summary(List<OptionView> firstChoices, List<OptionView> laterChoices, List<Unlocked> unlocked,
			List<OptionView> afterHistory, List<TestSuggestion> keyTests, int therapyCount) {

		/**
		 * The short route kind once when all the choices share it, so the summary does
		 * not repeat it.
		 */
		public static @Nullable String sharedRouteKind(List<OptionView> choices) {
			Set<String> kinds = new LinkedHashSet<>();
			choices.forEach(c -> kinds.add(String.valueOf(c.routeKind())));
			return kinds.size() == 1 && !kinds.contains("null") ? kinds.iterator().next() : null;
		}

	}

	/** The options that fit because a test found {@code biomarkerCode}. */
	public record Unlocked(String biomarkerCode, List<OptionView> options) {
	}

	/**
	 * One therapy, once: {@code option} is its first fitting line in reading order;
	 * {@code lines} every line it fits; {@code conditions}, {@code notes} and
	 * {@code decisions} those of all its lines, without repeats.
	 */
	public record TherapyEntry(OptionView option, List<TreatmentLine> lines, List<String> conditions,
			List<String> notes, List<RegionalDecision> decisions) {

		public String slug() {
			return option.slug();
		}

		/** The decisions where the reader lives; empty when none is recorded there. */
		public List<RegionalDecision> decisionsIn(RegionAnswer region) {
			return RegionalDecision.in(decisions, region);
		}

		/** Some region decided against one of its uses that fit. */
		public boolean notEverywhere() {
			return decisions.stream().anyMatch(RegionalDecision::against);
		}

	}

	public record TherapyGroup(Group group, List<TherapyEntry> entries, boolean open) {
	}

	/**
	 * The groups of the full list, in reading order. Only the first three start open, and
	 * only if they hold any.
	 */
	public enum Group {

		USUAL, MATCHED, AFTER_HISTORY, OTHER_TREATMENT, CHEMOTHERAPY, BONE_HEALTH, SOME_PEOPLE,
		/**
		 * First-line uses the person is past, by their treatment history: listed, closed,
		 * never hidden.
		 */
		EARLIER;

		boolean opensByItself() {
			return this == USUAL || this == MATCHED || this == AFTER_HISTORY;
		}

	}

	public static ResultsOverview of(OptionResults results) {
		Map<String, List<OptionView>> bySlug = new LinkedHashMap<>();
		results.options().forEach(o -> bySlug.computeIfAbsent(o.slug(), s -> new ArrayList<>()).add(o));

		Map<Group, List<TherapyEntry>> grouped = new EnumMap<>(Group.class);
		bySlug.values().forEach(views -> {
			TherapyEntry entry = entry(views);
			grouped.computeIfAbsent(groupOf(views), g -> new ArrayList<>()).add(entry);
		});
		// With no usual or matched option, every group stays closed: the summary says
		// what to find out first.
		List<TherapyGroup> groups = new ArrayList<>();
		grouped.forEach(
				(group, entries) -> groups.add(new TherapyGroup(group, List.copyOf(entries), group.opensByItself())));

		List<TestSuggestion> common = results.testsToConsider().stream().filter(t -> !isRare(t.test())).toList();
		// A rare gene change seldom decides the list, however many options it could open.
		List<TestSuggestion> rare = results.testsToConsider().stream().filter(t -> isRare(t.test())).toList();
		Summary summary = new Summary(choices(results, TreatmentLine.FIRST), choices(results, TreatmentLine.LATER),
				unlocked(results), afterHistory(results), keyTests(common), bySlug.size());
		return new ResultsOverview(summary, groups, common, rare);
	}

	/**
	 * Tumour-agnostic and uncommon gene changes: listed apart so the common tests are
	 * read first.
	 */
	static boolean isRare(String testCode) {
		return switch (testCode) {
			case "MSI-H", "TMB-H", "NTRK", "RET", "BRAF-V600E", "ERBB2" -> true;
			default -> false;
		};
	}

	private static TherapyEntry entry(List<OptionView> views) {
		List<TreatmentLine> lines = views.stream().map(OptionView::line).distinct().sorted().toList();
		Set<String> conditions = new LinkedHashSet<>();
		Set<String> notes = new LinkedHashSet<>();
		views.forEach(v -> {
			conditions.addAll(v.conditions());
			notes.addAll(v.notes());
		});
		return new TherapyEntry(views.get(0), lines, List.copyOf(conditions), List.copyOf(notes),
				RegionalDecision.merged(views.stream().flatMap(v -> v.decisions().stream())));
	}

	/**
	 * The strongest place any of its lines has; "other" options by the kind of treatment.
	 */
	private static Group groupOf(List<OptionView> views) {
		if (views.stream().allMatch(OptionView::earlier)) {
			return Group.EARLIER;
		}
		OptionResults.Bucket best = views.stream()
			.map(OptionService::bucket)
			.min(Comparator.naturalOrder())
			.orElseThrow();
		return switch (best) {
			case PREFERRED -> Group.USUAL;
			case MATCHED -> Group.MATCHED;
			case AFTER_HISTORY -> Group.AFTER_HISTORY;
			case SOME_PEOPLE -> Group.SOME_PEOPLE;
			case OTHER -> switch (views.get(0).category()) {
				case CHEMOTHERAPY -> Group.CHEMOTHERAPY;
				case BONE_HEALTH -> Group.BONE_HEALTH;
				default -> Group.OTHER_TREATMENT;
			};
		};
	}

	private static List<OptionView> choices(OptionResults results, TreatmentLine line) {
		return results.options()
			.stream()
			.filter(o -> o.line() == line && !o.earlier() && OptionService.bucket(o) == OptionResults.Bucket.PREFERRED)
			.toList();
	}

	private static List<OptionView> afterHistory(OptionResults results) {
		Map<String, OptionView> options = new LinkedHashMap<>();
		results.options()
			.stream()
			.filter(o -> o.priorTreatment() == PriorStatus.MET && !o.earlier())
			.forEach(o -> options.putIfAbsent(o.slug(), o));
		return List.copyOf(options.values());
	}

	private static List<Unlocked> unlocked(OptionResults results) {
		List<Unlocked> unlocked = new ArrayList<>();
		for (BiomarkerAnswer found : results.profile().biomarkers()) {
			Map<String, OptionView> options = new LinkedHashMap<>();
			results.options()
				.stream()
				.filter(o -> o.needsFound().contains(found.code()))
				.forEach(o -> options.putIfAbsent(o.slug(), o));
			if (!options.isEmpty()) {
				unlocked.add(new Unlocked(found.code(), List.copyOf(options.values())));
			}
		}
		return unlocked;
	}

	/**
	 * HR and HER2 first when not known (they change the list most); then the tests that
	 * open the most options.
	 */
	private static List<TestSuggestion> keyTests(List<TestSuggestion> tests) {
		return tests.stream()
			.sorted(Comparator.comparingInt((TestSuggestion t) -> isReceptorTest(t.test()) ? 0 : 1)
				.thenComparing(Comparator.comparingInt((TestSuggestion t) -> t.options().size()).reversed()))
			.limit(KEY_TESTS)
			.toList();
	}

	private static boolean isReceptorTest(String code) {
		return code.equals("HR") || code.equals("HER2");
	}

}
