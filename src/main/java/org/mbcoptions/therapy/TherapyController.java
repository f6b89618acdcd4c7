package org.mbcoptions.therapy;

import org.mbcoptions.advice.SideEffectActions;
import org.mbcoptions.search.SearchIndex;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Set;

@Controller
class TherapyController {

	static final int MAX_QUERY_LENGTH = 100;

	private final TherapyService therapies;

	private final SideEffectActions actions;

	private final SearchIndex search;

	TherapyController(TherapyService therapies, SideEffectActions actions, SearchIndex search) {
		this.therapies = therapies;
		this.actions = actions;
		this.search = search;
	}

	@GetMapping("/therapies")
	String list(
			@RequestParam(name = "q", required = false, defaultValue = "") @Size(max = MAX_QUERY_LENGTH) String query,
			Model model) {
		model.addAttribute("query", query.strip());
		// The same index as the site search, so the A to Z finds what the search finds;
		// the list stays A to Z.
		Set<String> found = search.therapySlugs(query);
		model.addAttribute("therapies", therapies.findAll().stream().filter(t -> found.contains(t.slug())).toList());
		return "therapies/therapyList";
	}

	@GetMapping("/therapies/{slug}")
	String show(@PathVariable String slug, Model model) {
		TherapyPage page = therapies.page(slug);
		model.addAttribute("page", page);
		model.addAttribute("whenToCall", actions
			.levels(page.sideEffects().stream().map(se -> new SideEffectActions.Named(se.slug(), se.name())).toList()));
		return "therapies/therapyDetails";
	}

}
