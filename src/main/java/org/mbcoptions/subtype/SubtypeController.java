package org.mbcoptions.subtype;

import org.mbcoptions.recent.RecentApprovals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class SubtypeController {

	private final SubtypeService subtypes;

	private final RecentApprovals recentApprovals;

	SubtypeController(SubtypeService subtypes, RecentApprovals recentApprovals) {
		this.subtypes = subtypes;
		this.recentApprovals = recentApprovals;
	}

	@GetMapping("/subtypes")
	String list(Model model) {
		model.addAttribute("subtypes", subtypes.findAll());
		return "subtypes/subtypeList";
	}

	@GetMapping("/subtypes/{slug}")
	String show(@PathVariable String slug, Model model) {
		SubtypePage page = subtypes.page(slug);
		model.addAttribute("page", page);
		model.addAttribute("recentApprovals",
				recentApprovals.forSubtype(page.subtype().hrStatus(), page.subtype().her2()));
		return "subtypes/subtypeDetails";
	}

}
