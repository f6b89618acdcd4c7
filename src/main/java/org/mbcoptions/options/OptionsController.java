package org.mbcoptions.options;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.mbcoptions.advice.SideEffectActions;
import org.mbcoptions.therapy.LabelWarnings;
import org.mbcoptions.subtype.SubtypeService;
import org.mbcoptions.topic.TopicCard;
import org.mbcoptions.catalogue.TopicRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;

@Controller
class OptionsController {

	private final OptionService options;

	private final TopicRepository topics;

	private final Clock clock;

	private final SubtypeService subtypes;

	private final SideEffectActions actions;

	private final LabelWarnings labelWarnings;

	OptionsController(OptionService options, TopicRepository topics, Clock clock, SubtypeService subtypes,
			SideEffectActions actions, LabelWarnings labelWarnings) {
		this.actions = actions;
		this.labelWarnings = labelWarnings;
		this.subtypes = subtypes;
		this.options = options;
		this.topics = topics;
		this.clock = clock;
	}

	@GetMapping("/options")
	String results(Profile profile, WebRequest request, Locale locale, Model model) {
		if (ProfileParser.hasFormResults(request.getParameterMap())) {
			// The form's per-test radio groups become the short address people share:
			// biomarker=…&notFound=…
			return "redirect:/options?" + ProfileParser.toQuery(profile);
		}
		model.addAttribute("form", ProfileForm.of(profile));
		OptionResults results = options.find(profile, locale);
		model.addAttribute("results", results);
		model.addAttribute("overview", ResultsOverview.of(results));
		List<String> companions = results.options().stream().flatMap(o -> o.companions().stream()).distinct().toList();
		model.addAttribute("callNow",
				actions.callNowForTherapies(results.options().stream().map(OptionView::slug).distinct().toList(),
						labelWarnings.forDrugs(companions)
							.stream()
							.map(w -> new SideEffectActions.Named(w.sideEffectSlug(), w.sideEffectName()))
							.toList()));
		model.addAttribute("subtypeSlug",
				subtypes.of(profile.hr().requirement(), profile.her2().possibleCategories())
					.map(org.mbcoptions.catalogue.Subtype::getSlug)
					.orElse(null));
		model.addAttribute("query", ProfileParser.toQuery(profile));
		model.addAttribute("printedOn", LocalDate.now(clock));
		model.addAttribute("trialsUrl", TrialsLink.of(profile));
		model.addAttribute("siteTopics",
				profile.sites().isEmpty() ? List.of()
						: topics.findBySiteInOrderByTitle(profile.sites().stream().map(SiteAnswer::site).toList())
							.stream()
							.map(TopicCard::of)
							.toList());
		return "options/results";
	}

}
