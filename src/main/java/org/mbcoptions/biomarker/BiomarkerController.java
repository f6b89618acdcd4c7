package org.mbcoptions.biomarker;

import org.mbcoptions.catalogue.Biomarker;
import org.mbcoptions.catalogue.BiomarkerRepository;
import org.mbcoptions.catalogue.IndicationRepository;
import org.mbcoptions.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class BiomarkerController {

	private final BiomarkerRepository biomarkers;

	private final IndicationRepository indications;

	BiomarkerController(BiomarkerRepository biomarkers, IndicationRepository indications) {
		this.biomarkers = biomarkers;
		this.indications = indications;
	}

	@GetMapping("/biomarkers")
	String list(Model model) {
		model.addAttribute("biomarkers",
				biomarkers.findAllByOrderByName().stream().map(BiomarkerPage.Entry::of).toList());
		return "biomarkers/biomarkerList";
	}

	@GetMapping("/biomarkers/{slug}")
	String show(@PathVariable String slug, Model model) {
		Biomarker biomarker = biomarkers.findBySlug(slug).orElseThrow(() -> new NotFoundException("biomarker " + slug));
		model.addAttribute("page", BiomarkerPage.of(biomarker, indications.findByBiomarkerSlug(slug)));
		return "biomarkers/biomarkerDetails";
	}

}
