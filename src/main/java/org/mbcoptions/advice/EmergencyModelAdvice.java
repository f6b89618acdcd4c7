package org.mbcoptions.advice;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the emergency box's sources, for the pages that show the box. */
@ControllerAdvice
class EmergencyModelAdvice {

	private final EmergencyAdvice advice;

	EmergencyModelAdvice(EmergencyAdvice advice) {
		this.advice = advice;
	}

	@ModelAttribute("emergency")
	EmergencyAdvice emergency() {
		return advice;
	}

}
