package org.mbcoptions.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class AboutController {

	@GetMapping("/about")
	String about() {
		return "about";
	}

}
