package org.mbcoptions.glossary;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page its own glossary marker, so each page defines a term where it first
 * uses it.
 */
@ControllerAdvice
class GlossaryModelAdvice {

	private final Glossary glossary;

	GlossaryModelAdvice(Glossary glossary) {
		this.glossary = glossary;
	}

	@ModelAttribute("glossary")
	PageGlossary glossary() {
		return glossary.newPage();
	}

}
