package org.mbcoptions.sideeffect;

import org.mbcoptions.catalogue.SideEffect;
import org.mbcoptions.catalogue.SideEffectRepository;
import org.mbcoptions.system.NotFoundException;
import org.mbcoptions.catalogue.TherapySideEffectRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class SideEffectController {

	private final SideEffectRepository sideEffects;

	private final TherapySideEffectRepository therapySideEffects;

	SideEffectController(SideEffectRepository sideEffects, TherapySideEffectRepository therapySideEffects) {
		this.sideEffects = sideEffects;
		this.therapySideEffects = therapySideEffects;
	}

	@GetMapping("/side-effects")
	String list(Model model) {
		model.addAttribute("sideEffects", sideEffects.findAllByOrderByName());
		return "sideeffects/sideEffectList";
	}

	@GetMapping("/side-effects/{slug}")
	String show(@PathVariable String slug, Model model) {
		SideEffect sideEffect = sideEffects.findBySlug(slug)
			.orElseThrow(() -> new NotFoundException("side effect " + slug));
		model.addAttribute("sideEffect", sideEffect);
		model.addAttribute("therapies", therapySideEffects.findBySideEffectSlug(slug));
		return "sideeffects/sideEffectDetails";
	}

}
