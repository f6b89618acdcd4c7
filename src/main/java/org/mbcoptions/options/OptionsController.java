package org.mbcoptions.options;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class OptionsController {

	private final OptionService options;

	OptionsController(OptionService options) {
		this.options = options;
	}

	@GetMapping("/options")
	String results(HttpServletRequest request, Locale locale, Model model) {
		Profile profile = ProfileParser.parse(request.getParameterMap());
		model.addAttribute("form", ProfileForm.of(profile));
		model.addAttribute("results", options.find(profile, locale));
		model.addAttribute("query", ProfileParser.toQuery(profile));
		return "options/results";
	}

}
