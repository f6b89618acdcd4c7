package org.mbcoptions.therapy;

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

	TherapyController(TherapyService therapies) {
		this.therapies = therapies;
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
		model.addAttribute("page", therapies.page(slug));
		return "therapies/therapyDetails";
	}

}
