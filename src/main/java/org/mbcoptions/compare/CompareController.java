package org.mbcoptions.compare;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.mbcoptions.system.InvalidParameterException;
import org.mbcoptions.therapy.TherapyComparison;
import org.mbcoptions.therapy.TherapyService;
import org.mbcoptions.therapy.TherapySummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Two to four therapies side by side: how each is given, how often, and its side effects. */
@Controller
class CompareController {

	static final int MIN = 2;

	static final int MAX = 4;

	private final TherapyService therapies;

	CompareController(TherapyService therapies) {
		this.therapies = therapies;
	}

	@GetMapping("/compare")
	String compare(@RequestParam(name = "options", required = false) List<String> options, Model model) {
		Set<String> slugs = new LinkedHashSet<>(options == null ? List.of() : options);
		slugs.remove("");
		List<TherapySummary> all = therapies.findAll();
		List<String> known = all.stream().map(TherapySummary::slug).toList();
		if (!known.containsAll(slugs)) {
			throw new InvalidParameterException("options", known, false);
		}
		if (slugs.size() > MAX) {
			throw new InvalidParameterException("options", List.of("between " + MIN + " and " + MAX + " treatments"),
					false);
		}
		List<TherapyComparison> pages = therapies.compare(slugs);
		model.addAttribute("pages", pages);
		model.addAttribute("tooFew", pages.size() < MIN);
		model.addAttribute("all", all);
		model.addAttribute("selected", slugs);
		return "compare/compare";
	}

}
