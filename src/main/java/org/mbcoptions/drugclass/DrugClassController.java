package org.mbcoptions.drugclass;

import org.mbcoptions.catalogue.DrugClass;
import org.mbcoptions.catalogue.DrugClassRepository;
import org.mbcoptions.system.NotFoundException;
import org.mbcoptions.therapy.TherapyService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class DrugClassController {

	private final DrugClassRepository drugClasses;

	private final TherapyService therapies;

	DrugClassController(DrugClassRepository drugClasses, TherapyService therapies) {
		this.drugClasses = drugClasses;
		this.therapies = therapies;
	}

	@GetMapping("/drug-classes")
	String list(Model model) {
		model.addAttribute("drugClasses", drugClasses.findAllByOrderByName().stream().map(DrugClassView::of).toList());
		return "drugclasses/drugClassList";
	}

	@GetMapping("/drug-classes/{slug}")
	String show(@PathVariable String slug, Model model) {
		DrugClass drugClass = drugClasses.findBySlug(slug)
			.orElseThrow(() -> new NotFoundException("drug class " + slug));
		model.addAttribute("drugClass", DrugClassView.of(drugClass));
		model.addAttribute("therapies", therapies.findByDrugClass(slug));
		return "drugclasses/drugClassDetails";
	}

}
