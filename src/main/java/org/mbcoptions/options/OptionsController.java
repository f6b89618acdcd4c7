package org.mbcoptions.options;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.mbcoptions.catalogue.TopicRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class OptionsController {

	private final OptionService options;

	private final TopicRepository topics;

	private final Clock clock;

	OptionsController(OptionService options, TopicRepository topics, Clock clock) {
		this.options = options;
		this.topics = topics;
		this.clock = clock;
	}

	@GetMapping("/options")
	String results(HttpServletRequest request, Locale locale, Model model) {
		Profile profile = ProfileParser.parse(request.getParameterMap());
		if (ProfileParser.hasFormResults(request.getParameterMap())) {
			// The form's per-test radio groups become the short address people share: biomarker=…&notFound=…
			return "redirect:/options?" + ProfileParser.toQuery(profile);
		}
		model.addAttribute("form", ProfileForm.of(profile));
		OptionResults results = options.find(profile, locale);
		model.addAttribute("results", results);
		model.addAttribute("overview", ResultsOverview.of(results));
		model.addAttribute("query", ProfileParser.toQuery(profile));
		model.addAttribute("printedOn", LocalDate.now(clock));
		model.addAttribute("trialsUrl", TrialsLink.of(profile));
		model.addAttribute("siteTopics", profile.sites().isEmpty() ? List.of()
				: topics.findBySiteInOrderByTitle(profile.sites().stream().map(SiteAnswer::site).toList()));
		return "options/results";
	}

}
