package org.mbcoptions.glossary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class GlossaryController {

	private final Glossary glossary;

	GlossaryController(Glossary glossary) {
		this.glossary = glossary;
	}

	@GetMapping("/glossary")
	String show(Model model) {
		Map<String, List<Glossary.Entry>> byLetter = new LinkedHashMap<>();
		for (Glossary.Entry entry : glossary.entries()) {
			String letter = entry.term().substring(0, 1).toUpperCase(Locale.ROOT);
			byLetter.computeIfAbsent(letter, l -> new java.util.ArrayList<>()).add(entry);
		}
		model.addAttribute("byLetter", byLetter);
		return "glossary/glossary";
	}

}
