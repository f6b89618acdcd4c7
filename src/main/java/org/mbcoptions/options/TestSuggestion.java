package org.mbcoptions.options;

import java.util.List;

/** A result the visitor has not given, what it means and the options it could open. */
public record TestSuggestion(String test, String name, String explanation, String howTested, String biomarkerSlug,
		List<OptionLink> options) {

	public record OptionLink(String slug, String name) {
	}

}
