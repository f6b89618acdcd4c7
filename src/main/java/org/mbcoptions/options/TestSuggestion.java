package org.mbcoptions.options;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A result the visitor has not given, what it means and the options it could open. */
public record TestSuggestion(String test, String name, String explanation, String howTested,
		@Nullable String biomarkerSlug, List<OptionLink> options) {

	public record OptionLink(String slug, String name) {
	}

}
