package org.mbcoptions.sideeffect;

import org.mbcoptions.advice.SideEffectActions;
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

	private final SideEffectActions actions;

	SideEffectController(SideEffectRepository sideEffects, TherapySideEffectRepository therapySideEffects,
			SideEffectActions actions) {
		this.sideEffects = sideEffects;
		this.therapySideEffects = therapySideEffects;
		this.actions = actions;
	}

	@GetMapping("/side-effects")
	String list(Model model) {
		model.addAttribute("sideEffects",
				sideEffects.findAllByOrderByName()
					.stream()
					.map(s -> new SideEffectPage.Entry(s.getSlug(), s.getName()))
					.toList());
		return "sideeffects/sideEffectList";
	}

	@GetMapping("/side-effects/{slug}")
	String show(@PathVariable String slug, Model model) {
		SideEffect sideEffect = sideEffects.findBySlug(slug)
			.orElseThrow(() -> new NotFoundException("side effect " + slug));
		model.addAttribute("page",
				SideEffectPage.of(sideEffect, therapySideEffects.findBySideEffectSlug(slug), actions.of(slug)));
		return "sideeffects/sideEffectDetails";
	}

}
