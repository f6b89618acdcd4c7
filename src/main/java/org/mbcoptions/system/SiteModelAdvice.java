package org.mbcoptions.system;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the footer's content facts on every page's model. */
@ControllerAdvice
class SiteModelAdvice {

	private final SiteInfo site;

	SiteModelAdvice(SiteInfo site) {
		this.site = site;
	}

	@ModelAttribute("site")
	SiteInfo site() {
		return site;
	}

}
