package org.mbcoptions.therapy;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TherapyApiController {

	private final TherapyService therapies;

	TherapyApiController(TherapyService therapies) {
		this.therapies = therapies;
	}

	@GetMapping("/api/therapies")
	List<TherapyRecord> therapies() {
		return therapies.findAllRecords();
	}

}
