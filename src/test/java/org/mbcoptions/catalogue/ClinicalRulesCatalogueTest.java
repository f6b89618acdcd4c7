package org.mbcoptions.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mbcoptions.options.BiomarkerAnswer;
import org.mbcoptions.options.HadAnswer;
import org.mbcoptions.options.Her2Answer;
import org.mbcoptions.options.HrAnswer;
import org.mbcoptions.options.MenopauseAnswer;
import org.mbcoptions.options.OptionResults;
import org.mbcoptions.options.OptionService;
import org.mbcoptions.options.RegionalDecisions;
import org.mbcoptions.options.OptionView;
import org.mbcoptions.options.Profile;
import org.mbcoptions.options.RegionAnswer;
import org.mbcoptions.options.SexAnswer;
import org.mbcoptions.recent.RecentApprovals;
import org.mbcoptions.rules.ClinicalRules;
import org.mbcoptions.therapy.Companions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clinical rules over every combination of answers: each HR, HER2, menopause and sex
 * answer, with no biomarker result or with one biomarker found or tested and not found.
 * Every option the results would list must keep {@link ClinicalRules} (the same rules the
 * start-up content check applies to the seed rows), and an option that depends on an
 * answer not given says what is added for whom.
 */
@DataJpaTest
@Import({ OptionService.class, RecentApprovals.class, Companions.class, RegionalDecisions.class })
@ImportAutoConfiguration(MessageSourceAutoConfiguration.class)
class ClinicalRulesCatalogueTest {

	@Autowired
	private OptionService options;

	@Autowired
	private JdbcTemplate jdbc;

	private Map<String, Set<String>> sideEffects;

	private Map<String, Set<String>> labelWarnings;

	/**
	 * Each therapy's own drugs, so that the companions added for a person can be told
	 * apart.
	 */
	private Map<String, Set<String>> therapyDrugs;

	/**
	 * The uses each decision covers, as "line hr her2-flags" strings, by "therapy region
	 * date".
	 */
	private Map<String, Set<String>> decisionUses;

	@BeforeEach
	void readTheCatalogue() {
		decisionUses = multimap(
				"""
						select t.slug || ' ' || a.region || ' ' || a.decided_on,
						       i.line || ' ' || i.hr_status || ' ' || (case when i.her2_positive then 'P' else '' end)
						       || (case when i.her2_low then 'L' else '' end) || (case when i.her2_ultralow then 'U' else '' end)
						       || (case when i.her2_zero then 'Z' else '' end)
						from approval a join therapy t on t.id = a.therapy_id
						join approval_indication x on x.approval_id = a.id join indication i on i.id = x.indication_id""");
		sideEffects = multimap("""
				select t.slug, e.slug from therapy_side_effect te join therapy t on t.id = te.therapy_id
				join side_effect e on e.id = te.side_effect_id""");
		therapyDrugs = multimap("""
				select t.slug, d.name from therapy_drug td join therapy t on t.id = td.therapy_id
				join drug d on d.id = td.drug_id""");
		labelWarnings = multimap("""
				select d.name, e.slug from drug_warning w join drug d on d.id = w.drug_id
				join side_effect e on e.id = w.side_effect_id""");
	}

	/**
	 * One case per HR, HER2, menopause and sex answer; each case walks every
	 * single-biomarker answer (found and not found) and every single treatment already
	 * had, and all of them.
	 */
	static Stream<Object[]> answers() {
		List<Object[]> cases = new ArrayList<>();
		for (HrAnswer hr : HrAnswer.values()) {
			for (Her2Answer her2 : Her2Answer.values()) {
				for (MenopauseAnswer menopause : MenopauseAnswer.values()) {
					for (SexAnswer sex : SexAnswer.values()) {
						cases.add(new Object[] { hr, her2, menopause, sex });
					}
				}
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "hr={0} her2={1} menopause={2} sex={3}")
	@MethodSource("answers")
	void everyListedOptionKeepsTheClinicalRules(HrAnswer hr, Her2Answer her2, MenopauseAnswer menopause,
			SexAnswer sex) {
		List<String> problems = new ArrayList<>();
		for (Profile profile : withEachBiomarkerAnswer(hr, her2, menopause, sex)) {
			OptionResults results = options.find(profile, Locale.UK);
			ClinicalRules.Person person = new ClinicalRules.Person(profile.isPremenopausal(), profile.isMale(),
					her2 == Her2Answer.POSITIVE, codes(profile.biomarkers()), codes(profile.notFound()));
			for (OptionView option : results.options()) {
				Set<String> added = new java.util.LinkedHashSet<>(option.drugs());
				added.removeAll(therapyDrugs.getOrDefault(option.slug(), Set.of()));
				ClinicalRules.Regimen regimen = new ClinicalRules.Regimen(option.name(), option.drugs(), option.line(),
						option.category(), option.needsFound(), option.needsNotFound(),
						sideEffects.getOrDefault(option.slug(), Set.of()), added);
				ClinicalRules.violations(person, regimen, labelWarnings)
					.forEach(v -> problems.add(describe(profile, option) + v));
				problems.addAll(saysWhatIsAddedWhenNotKnown(profile, option));
				problems.addAll(decisionsAreAboutAFittingUse(profile, option));
				if (option.preference() != org.mbcoptions.model.Preference.OTHER && option.guideline() == null) {
					problems.add(describe(profile, option) + "has a preference but no guideline that says so");
				}
			}
			problems.addAll(usualFirstChoiceComesFirst(profile, results));
		}
		problems.addAll(whereYouLiveChangesNoOption(withEachBiomarkerAnswer(hr, her2, menopause, sex).get(0)));
		assertThat(problems).isEmpty();
	}

	/**
	 * Where the reader lives changes what is said about each option, never which options
	 * are listed or their order.
	 */
	private List<String> whereYouLiveChangesNoOption(Profile profile) {
		List<String> problems = new ArrayList<>();
		List<String> without = slugsAndLines(options.find(profile, Locale.UK));
		for (RegionAnswer region : RegionAnswer.values()) {
			Profile there = new Profile(profile.hr(), profile.her2(), profile.biomarkers(), profile.notFound(),
					profile.menopause(), profile.sex(), profile.sites(), profile.had(), region);
			List<String> with = slugsAndLines(options.find(there, Locale.UK));
			if (!with.equals(without)) {
				problems.add("%s: region %s lists %s instead of %s".formatted(
						List.of(profile.hr(), profile.her2(), profile.menopause(), profile.sex()), region, with,
						without));
			}
		}
		return problems;
	}

	private static List<String> slugsAndLines(OptionResults results) {
		return results.options().stream().map(o -> o.slug() + "@" + o.line()).toList();
	}

	/**
	 * A regulator's or NICE's decision is shown on an option only when it covers a use at
	 * the option's line that fits the HR and HER2 answers: a decision about HER2-positive
	 * cancer is never shown to someone whose cancer is HER2-low.
	 */
	private List<String> decisionsAreAboutAFittingUse(Profile profile, OptionView option) {
		List<String> problems = new ArrayList<>();
		for (var decision : option.decisions()) {
			String key = option.slug() + " " + decision.region() + " " + decision.decidedOn();
			boolean fits = decisionUses.getOrDefault(key, Set.of()).stream().anyMatch(use -> {
				String[] parts = use.split(" ", -1);
				return parts[0].equals(option.line().name()) && fitsHr(profile.hr(), parts[1])
						&& fitsHer2(profile.her2(), parts[2]);
			});
			if (!fits) {
				problems.add(describe(profile, option) + "shows decision " + key
						+ ", which covers no use that fits these answers");
			}
		}
		return problems;
	}

	private static boolean fitsHr(HrAnswer hr, String status) {
		return hr == HrAnswer.UNKNOWN || status.equals("ANY") || status.equals(hr.name());
	}

	private static boolean fitsHer2(Her2Answer her2, String flags) {
		return switch (her2) {
			case POSITIVE -> flags.contains("P");
			case LOW -> flags.contains("L");
			case ULTRALOW -> flags.contains("U");
			case ZERO -> flags.contains("Z");
			case NEGATIVE -> flags.matches(".*[LUZ].*");
			case UNKNOWN -> true;
		};
	}

	private static List<String> saysWhatIsAddedWhenNotKnown(Profile profile, OptionView option) {
		List<String> problems = new ArrayList<>();
		boolean hasGnrh = option.drugs().stream().anyMatch(ClinicalRules.GNRH_AGENTS::contains);
		if (!profile.isMale() && profile.menopause() == MenopauseAnswer.UNKNOWN && !hasGnrh
				&& option.openBeforeMenopause()
				&& option.drugs().stream().anyMatch(ClinicalRules.NEED_OVARIAN_SUPPRESSION::contains)
				&& option.notes().stream().noneMatch(n -> n.contains("ovarian suppression"))) {
			problems
				.add(describe(profile, option) + "menopause not known, but no note says ovarian suppression is added");
		}
		if (profile.sex() == SexAnswer.UNKNOWN && !hasGnrh && option.openToMen()
				&& option.drugs().stream().anyMatch(ClinicalRules.AROMATASE_INHIBITORS::contains)
				&& option.notes().stream().noneMatch(n -> n.contains("GnRH agent"))) {
			problems.add(describe(profile, option) + "sex not known, but no note says a GnRH agent is added for men");
		}
		if (!option.openBeforeMenopause() && option.notes().stream().anyMatch(n -> n.startsWith("Before menopause"))) {
			problems.add(describe(profile, option) + "not used before menopause, but a note says what is added then");
		}
		if (!option.openToMen() && option.notes().stream().anyMatch(n -> n.startsWith("In men"))) {
			problems.add(describe(profile, option) + "not used in men, but a note says what is added for men");
		}
		return problems;
	}

	/**
	 * Within each line, usually offered first, then test-matched, then other, then for
	 * some people only.
	 */
	private static List<String> usualFirstChoiceComesFirst(Profile profile, OptionResults results) {
		List<String> problems = new ArrayList<>();
		for (OptionResults.LineGroup line : results.groups()) {
			List<OptionView> inOrder = line.buckets().stream().flatMap(b -> b.options().stream()).toList();
			for (int i = 1; i < inOrder.size(); i++) {
				if (rank(inOrder.get(i)) < rank(inOrder.get(i - 1))) {
					problems.add(describe(profile, inOrder.get(i)) + "comes after " + inOrder.get(i - 1).name()
							+ ", which a guideline places lower");
				}
			}
		}
		return problems;
	}

	private static int rank(OptionView option) {
		return switch (option.preference()) {
			case PREFERRED -> 0;
			case OTHER -> option.needsFound().isEmpty() ? 2 : 1;
			case SOME_PEOPLE -> 3;
		};
	}

	private static List<Profile> withEachBiomarkerAnswer(HrAnswer hr, Her2Answer her2, MenopauseAnswer menopause,
			SexAnswer sex) {
		List<Profile> profiles = new ArrayList<>();
		profiles.add(new Profile(hr, her2, Set.of(), Set.of(), menopause, sex, Set.of()));
		for (BiomarkerAnswer biomarker : BiomarkerAnswer.values()) {
			profiles.add(new Profile(hr, her2, Set.of(biomarker), Set.of(), menopause, sex, Set.of()));
			profiles.add(new Profile(hr, her2, Set.of(), Set.of(biomarker), menopause, sex, Set.of()));
		}
		// Treatment history reorders the options; the rules must hold whatever has been
		// had.
		for (HadAnswer had : HadAnswer.values()) {
			profiles.add(new Profile(hr, her2, Set.of(), Set.of(), menopause, sex, Set.of(), Set.of(had)));
		}
		profiles.add(new Profile(hr, her2, Set.of(), Set.of(), menopause, sex, Set.of(),
				java.util.EnumSet.allOf(HadAnswer.class)));
		return profiles;
	}

	private static String describe(Profile profile, OptionView option) {
		return "%s (found %s, not found %s, had %s): %s: ".formatted(
				List.of(profile.hr(), profile.her2(), profile.menopause(), profile.sex()), codes(profile.biomarkers()),
				codes(profile.notFound()), profile.had(), option.name());
	}

	private static Set<String> codes(Set<BiomarkerAnswer> biomarkers) {
		return biomarkers.stream().map(BiomarkerAnswer::code).collect(Collectors.toSet());
	}

	private Map<String, Set<String>> multimap(String sql) {
		Map<String, Set<String>> map = new HashMap<>();
		jdbc.query(sql, (java.sql.ResultSet row) -> {
			map.computeIfAbsent(row.getString(1), k -> new LinkedHashSet<>()).add(row.getString(2));
		});
		return map;
	}

}
