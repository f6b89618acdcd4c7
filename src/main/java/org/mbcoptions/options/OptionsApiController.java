package org.mbcoptions.options;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OptionsApiController {

	private final OptionService options;

	OptionsApiController(OptionService options) {
		this.options = options;
	}

	@GetMapping("/api/options")
	OptionsResponse options(Profile profile, Locale locale) {
		OptionResults results = options.find(profile, locale);
		return new OptionsResponse(ProfileJson.of(profile),
				results.options().stream().map(o -> OptionJson.of(o, profile.region())).toList(),
				results.testsToConsider(), results.questions(),
				results.recentApprovals().stream().map(RecentJson::of).toList());
	}

	record OptionsResponse(ProfileJson profile, List<OptionJson> options, List<TestSuggestion> testsToConsider,
			List<String> questions, List<RecentJson> recentApprovals) {
	}

	/**
	 * A recent approval whose page is not ready; {@code fitsAnswers} is false while a
	 * test result is missing.
	 */
	record RecentJson(String name, String brandName, String region, String approvedOn, String forWhom,
			boolean fitsAnswers, String page) {

		static RecentJson of(RecentOption r) {
			return new RecentJson(r.name(), r.brandName(), r.region().name().toLowerCase(Locale.ROOT).replace('_', '-'),
					r.decidedOn().toString(), r.forWhom(), r.fitsAnswers(), "/recent-approvals#" + r.slug());
		}

	}

	/**
	 * The answers as read; for a man {@code menopause} is "unknown", because it does not
	 * apply. {@code region}: "us", "uk", "eu" or "unknown".
	 */
	record ProfileJson(String hr, String her2, List<String> biomarkers, List<String> notFound, String menopause,
			String sex, List<String> sites, List<String> had, String region) {

		static ProfileJson of(Profile p) {
			return new ProfileJson(p.hr().param(), p.her2().param(),
					p.biomarkers().stream().map(BiomarkerAnswer::code).toList(),
					p.notFound().stream().map(BiomarkerAnswer::code).toList(), p.menopause().param(), p.sex().param(),
					p.sites().stream().map(SiteAnswer::param).toList(), p.had().stream().map(HadAnswer::param).toList(),
					p.region().param());
		}

	}

	/**
	 * One option, in reading order. {@code preference}: "preferred", "other" or
	 * "some-people"; {@code guideline}: the guideline behind it (null for "other").
	 * {@code priorTreatment}: "met", "not-met", "unknown" (the label needs an earlier
	 * treatment the answers do not show either way) or "none"; {@code earlier}: a
	 * first-line use the person is past, by their {@code had} answers (listed, never
	 * hidden). {@code approvals}: the decisions of regulators and NICE recorded for the
	 * uses that fit; {@code inYourRegion}: null without a {@code region} answer, else
	 * that region's decisions (empty: none recorded there).
	 */
	record OptionJson(String name, String slug, List<String> drugs, String line, String category, String why,
			List<String> matched, List<String> notKnown, List<String> conditions, List<String> notes,
			List<String> needsFound, List<String> needsNotFound, String preference,
			OptionView.@Nullable Guideline guideline, List<String> brandNames, String route, String schedule,
			List<String> commonSideEffects, String priorTreatment, boolean earlier, List<DecisionJson> approvals,
			@Nullable List<DecisionJson> inYourRegion) {

		static OptionJson of(OptionView o, RegionAnswer region) {
			return new OptionJson(o.name(), o.slug(), o.drugs(), o.line().name().toLowerCase(Locale.ROOT),
					o.category().name().toLowerCase(Locale.ROOT).replace('_', '-'), o.why(), o.matched(), o.notKnown(),
					o.conditions(), o.notes(), o.needsFound(), o.needsNotFound(),
					o.preference().name().toLowerCase(Locale.ROOT).replace('_', '-'), o.guideline(), o.brandNames(),
					o.route(), o.schedule(), o.commonSideEffects(), o.priorTreatment().param(), o.earlier(),
					DecisionJson.all(o.decisions()),
					region == RegionAnswer.UNKNOWN ? null : DecisionJson.all(o.decisionsIn(region)));
		}

	}

	/**
	 * One decision: {@code region} "us" (FDA), "eu" (EMA) or "uk" (NICE, for England and
	 * Wales); {@code status} as {@code approvalStatus} in lower case with hyphens.
	 */
	record DecisionJson(String region, String status, String decidedOn, String note, String source) {

		static List<DecisionJson> all(List<RegionalDecision> decisions) {
			return decisions.stream()
				.map(d -> new DecisionJson(RegionAnswer.of(d.region()).param(),
						d.status().name().toLowerCase(Locale.ROOT).replace('_', '-'), d.decidedOn().toString(),
						d.note(), d.source().url()))
				.toList();
		}

	}

}
