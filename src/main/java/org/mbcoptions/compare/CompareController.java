package org.mbcoptions.compare;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.mbcoptions.advice.SideEffectActions;
import org.mbcoptions.therapy.TherapyComparison;
import org.mbcoptions.therapy.TherapyService;
import org.mbcoptions.therapy.TherapySummary;
import jakarta.servlet.http.HttpServletResponse;
import org.mbcoptions.options.ProfileParser;
import org.mbcoptions.system.InvalidParameterException;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Two to four therapies side by side: how each is given, how often, and its side effects.
 */
@Controller
class CompareController {

	static final int MIN = 2;

	static final int MAX = 4;

	private final TherapyService therapies;

	private final SideEffectActions actions;

	CompareController(TherapyService therapies, SideEffectActions actions) {
		this.therapies = therapies;
		this.actions = actions;
	}

	/**
	 * How much of a name we did not find is repeated back: enough to recognise it, never
	 * a whole pasted page.
	 */
	static final int SHOWN_NAME_LENGTH = 40;

	/**
	 * A name we do not know, or more than four, is a 400 that people can act on: the page
	 * says which name was not found (escaped, shortened) and links to the A to Z, and
	 * keeps the treatments it could use (the first four). The list of internal names is
	 * never shown here.
	 */
	@GetMapping("/compare")
	String compare(@RequestParam(name = "options", required = false) List<String> options,
			@RequestParam(name = "from", required = false) String from, Model model, HttpServletResponse response) {
		model.addAttribute("backToResults", backToResults(from));
		Set<String> slugs = new LinkedHashSet<>(options == null ? List.of() : options);
		slugs.remove("");
		List<TherapySummary> all = therapies.findAll();
		Set<String> known = all.stream().map(TherapySummary::slug).collect(java.util.stream.Collectors.toSet());
		List<String> notFound = slugs.stream()
			.filter(s -> !known.contains(s))
			.map(s -> s.length() > SHOWN_NAME_LENGTH ? s.substring(0, SHOWN_NAME_LENGTH) + "…" : s)
			.toList();
		slugs.retainAll(known);
		boolean tooMany = slugs.size() > MAX;
		if (tooMany) {
			slugs = new LinkedHashSet<>(slugs.stream().limit(MAX).toList());
		}
		if (!notFound.isEmpty() || tooMany) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		model.addAttribute("notFound", notFound);
		model.addAttribute("tooMany", tooMany);
		List<TherapyComparison> pages = therapies.compare(slugs);

		model.addAttribute("pages", pages);
		ComparisonTable table = ComparisonTable.of(pages);
		model.addAttribute("table", table);
		model.addAttribute("whenToCall",
				actions.levels(java.util.stream.Stream.concat(table.serious().stream(), table.other().stream())
					.map(row -> new SideEffectActions.Named(row.slug(), row.name()))
					.toList()));
		model.addAttribute("tooFew", pages.size() < MIN);
		model.addAttribute("all", all);
		model.addAttribute("selected", slugs);
		return "compare/compare";
	}

	/**
	 * The results the comparison was started from, as their canonical address, so "back
	 * to your results" keeps the answers. Answers we cannot read are dropped (no link),
	 * never an error: the comparison itself is still right.
	 */
	static @Nullable String backToResults(@Nullable String from) {
		if (from == null || from.isBlank() || from.length() > 1000) {
			return null;
		}
		try {
			Map<String, String[]> params = new LinkedHashMap<>();
			UriComponentsBuilder.fromUriString("/options?" + from)
				.build()
				.getQueryParams()
				.forEach((name, values) -> params.put(name, values.toArray(String[]::new)));
			return "/options?" + ProfileParser.toQuery(ProfileParser.parse(params));
		}
		catch (InvalidParameterException | IllegalArgumentException ex) {
			return null;
		}
	}

}
