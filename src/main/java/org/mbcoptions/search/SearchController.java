package org.mbcoptions.search;

import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SearchController {

	static final int MAX_QUERY_LENGTH = 100;

	private final SearchIndex search;

	SearchController(SearchIndex search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(
			@RequestParam(name = "q", required = false, defaultValue = "") @Size(max = MAX_QUERY_LENGTH) String query,
			Model model) {
		model.addAttribute("query", query.strip());
		model.addAttribute("hits", search.find(query));
		return "search/searchResults";
	}

}
