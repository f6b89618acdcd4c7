package org.mbcoptions.home;

import org.mbcoptions.options.ProfileForm;
import org.mbcoptions.subtype.SubtypeService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class WelcomeController {

	private final SubtypeService subtypes;

	WelcomeController(SubtypeService subtypes) {
		this.subtypes = subtypes;
	}

	@GetMapping("/")
	String welcome(Model model) {
		model.addAttribute("form", ProfileForm.empty());
		model.addAttribute("subtypes", subtypes.findAll());
		return "welcome";
	}

}
