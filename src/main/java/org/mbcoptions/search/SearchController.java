package org.mbcoptions.search;

import java.util.List;

import org.mbcoptions.system.InvalidParameterException;
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
	String search(@RequestParam(name = "q", required = false, defaultValue = "") String query, Model model) {
		if (query.length() > MAX_QUERY_LENGTH) {
			throw new InvalidParameterException("q", List.of("text of up to " + MAX_QUERY_LENGTH + " characters"),
					false);
		}
		model.addAttribute("query", query.strip());
		model.addAttribute("hits", search.find(query));
		return "search/searchResults";
	}

}
