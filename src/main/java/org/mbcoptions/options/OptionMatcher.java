package org.mbcoptions.options;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.mbcoptions.model.Her2Category;
import org.mbcoptions.model.HrRequirement;
import org.mbcoptions.model.MenopauseRequirement;
import org.mbcoptions.model.SexRequirement;

/**
 * The filter rules, in one place. An option fits when its hormone-receptor and HER2
 * conditions are met by what the visitor knows, every biomarker it needs is reported
 * found and every biomarker it needs absent is reported not found. When hormone-receptor
 * or HER2 status is unknown, or a biomarker it depends on was not reported, the option is
 * not called a fit: it is offered as a test that could open it. A result that came back
 * negative is information: it rules out what needs the biomarker. Menopause, sex and site
 * only rule options out when the visitor's answer contradicts them; when they are not
 * given, the option is shown with what was not known. For a man, menopause does not
 * apply: what is used "after menopause" in a label open to men fits, what is used only
 * before menopause does not.
 */
public final class OptionMatcher {

	private static final Set<Her2Category> HER2_NEGATIVE = EnumSet.of(Her2Category.LOW, Her2Category.ULTRALOW,
			Her2Category.ZERO);

	private static final Set<Her2Category> LOW_OR_ULTRALOW = EnumSet.of(Her2Category.LOW, Her2Category.ULTRALOW);

	private OptionMatcher() {
	}

	public static Match match(Profile profile, Criteria criteria) {
		List<Fact> matched = new ArrayList<>();
		List<Fact> notKnown = new ArrayList<>();
		List<PendingTest> pending = new ArrayList<>();

		if (!hr(profile.hr(), criteria.hr(), matched, pending)) {
			return new Match.RuledOut();
		}
		if (!her2(profile.her2(), criteria.her2(), matched, pending)) {
			return new Match.RuledOut();
		}
		if (!sex(profile, criteria, matched, notKnown)) {
			return new Match.RuledOut();
		}
		if (!profile.isMale() && !menopause(profile, criteria, matched, notKnown)) {
			return new Match.RuledOut();
		}
		if (criteria.site() != null) {
			if (profile.sites().isEmpty()) {
				notKnown.add(new Fact("site", criteria.site().name()));
			}
			else if (profile.sites().stream().anyMatch(s -> s.site() == criteria.site())) {
				matched.add(new Fact("site", criteria.site().name()));
			}
			else {
				return new Match.RuledOut();
			}
		}
		for (String code : criteria.biomarkers()) {
			if (profile.hasBiomarker(code)) {
				matched.add(new Fact("biomarker", code));
			}
			else if (profile.testedNegativeFor(code)) {
				return new Match.RuledOut();
			}
			else {
				pending.add(new PendingTest(code));
			}
		}
		for (String code : criteria.absentBiomarkers()) {
			if (profile.testedNegativeFor(code)) {
				matched.add(new Fact("biomarkerAbsent", code));
			}
			else if (profile.hasBiomarker(code)) {
				return new Match.RuledOut();
			}
			else {
				pending.add(new PendingTest(code));
			}
		}
		// The most basic missing result comes first: a biomarker test means little before
		// HR and HER2 are known.
		return pending.isEmpty() ? new Match.Fits(List.copyOf(matched), List.copyOf(notKnown))
				: new Match.NeedsTest(pending.get(0));
	}

	private static boolean hr(HrAnswer answer, HrRequirement required, List<Fact> matched, List<PendingTest> pending) {
		if (required == HrRequirement.ANY) {
			return true;
		}
		if (answer == HrAnswer.UNKNOWN) {
			pending.add(PendingTest.HR);
			return true;
		}
		if (answer.requirement() == required) {
			matched.add(Fact.of("hr." + answer.param()));
			return true;
		}
		return false;
	}

	private static boolean her2(Her2Answer answer, Set<Her2Category> allowed, List<Fact> matched,
			List<PendingTest> pending) {
		if (allowed.containsAll(EnumSet.allOf(Her2Category.class))) {
			return true;
		}
		Optional<Her2Category> category = answer.category();
		if (category.isPresent()) {
			if (allowed.contains(category.get())) {
				matched.add(Fact.of("her2." + answer.param()));
				return true;
			}
			// A HER2-zero result can be worth a second look: low and ultralow were not
			// reported apart before 2022.
			if (answer == Her2Answer.ZERO && containsAny(allowed, LOW_OR_ULTRALOW)) {
				pending.add(PendingTest.HER2_LOW);
				return true;
			}
			return false;
		}
		if (answer == Her2Answer.NEGATIVE) {
			if (allowed.containsAll(HER2_NEGATIVE)) {
				matched.add(Fact.of("her2.negative"));
				return true;
			}
			if (containsAny(allowed, LOW_OR_ULTRALOW)) {
				pending.add(PendingTest.HER2_LOW);
				return true;
			}
			return false;
		}
		pending.add(PendingTest.HER2);
		return true;
	}

	private static boolean sex(Profile profile, Criteria criteria, List<Fact> matched, List<Fact> notKnown) {
		if (profile.isMale()) {
			if (criteria.sex() == SexRequirement.FEMALE || criteria.menopause() == MenopauseRequirement.PRE) {
				return false;
			}
			if (criteria.menopause() == MenopauseRequirement.POST) {
				matched.add(Fact.of("sex.male"));
			}
			return true;
		}
		if (criteria.sex() == SexRequirement.FEMALE && profile.sex() == SexAnswer.UNKNOWN) {
			notKnown.add(Fact.of("sex.female"));
		}
		return true;
	}

	private static boolean menopause(Profile profile, Criteria criteria, List<Fact> matched, List<Fact> notKnown) {
		MenopauseAnswer answer = profile.menopause();
		MenopauseRequirement required = criteria.menopause();
		if (required == MenopauseRequirement.ANY) {
			return true;
		}
		if (answer == MenopauseAnswer.UNKNOWN) {
			// "After menopause" in a label open to men also covers men; in a women-only
			// label it does not.
			String key = required == MenopauseRequirement.POST && criteria.sex() == SexRequirement.ANY
					&& profile.sex() == SexAnswer.UNKNOWN ? "post"
							: required.name().toLowerCase(java.util.Locale.ROOT) + "Women";
			notKnown.add(Fact.of("menopause." + key));
			return true;
		}
		if (answer.meets(required)) {
			matched.add(Fact.of("menopause." + answer.param()));
			return true;
		}
		return false;
	}

	private static boolean containsAny(Set<Her2Category> set, Set<Her2Category> wanted) {
		return wanted.stream().anyMatch(set::contains);
	}

}
