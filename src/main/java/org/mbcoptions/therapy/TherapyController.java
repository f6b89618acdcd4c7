package org.mbcoptions.therapy;

import org.mbcoptions.advice.SideEffectActions;
import org.mbcoptions.system.InvalidParameterException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

@Controller
class TherapyController {

	static final int MAX_QUERY_LENGTH = 100;

	private final TherapyService therapies;

	private final SideEffectActions actions;

	TherapyController(TherapyService therapies, SideEffectActions actions) {
		this.therapies = therapies;
		this.actions = actions;
	}

	@GetMapping("/therapies")
	String list(@RequestParam(name = "q", required = false, defaultValue = "") String query, Model model) {
		if (query.length() > MAX_QUERY_LENGTH) {
			throw new InvalidParameterException("q", List.of("text of up to " + MAX_QUERY_LENGTH + " characters"),
					false);
		}
		model.addAttribute("query", query.strip());
		model.addAttribute("therapies", therapies.search(query));
		return "therapies/therapyList";
	}

	@GetMapping("/therapies/{slug}")
	String show(@PathVariable String slug, Model model) {
		TherapyPage page = therapies.page(slug);
		model.addAttribute("page", page);
		model.addAttribute("whenToCall", actions.levels(page.sideEffects()
			.stream()
			.map(tse -> new SideEffectActions.Named(tse.getSideEffect().getSlug(), tse.getSideEffect().getName()))
			.toList()));
		return "therapies/therapyDetails";
	}

}
