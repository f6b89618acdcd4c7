package org.mbcoptions.options;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class OptionsController {

	private final OptionService options;

	private final Clock clock;

	OptionsController(OptionService options, Clock clock) {
		this.options = options;
		this.clock = clock;
	}

	@GetMapping("/options")
	String results(HttpServletRequest request, Locale locale, Model model) {
		Profile profile = ProfileParser.parse(request.getParameterMap());
		model.addAttribute("form", ProfileForm.of(profile));
		model.addAttribute("results", options.find(profile, locale));
		model.addAttribute("query", ProfileParser.toQuery(profile));
		model.addAttribute("printedOn", LocalDate.now(clock));
		return "options/results";
	}

}
