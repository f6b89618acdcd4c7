package org.mbcoptions.subtype;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class SubtypeController {

	private final SubtypeService subtypes;

	SubtypeController(SubtypeService subtypes) {
		this.subtypes = subtypes;
	}

	@GetMapping("/subtypes")
	String list(Model model) {
		model.addAttribute("subtypes", subtypes.findAll());
		return "subtypes/subtypeList";
	}

	@GetMapping("/subtypes/{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAttribute("page", subtypes.page(slug));
		return "subtypes/subtypeDetails";
	}

}
