package org.mbcoptions.options;

import java.util.List;

import org.mbcoptions.model.TherapyCategory;
import org.mbcoptions.model.TreatmentLine;

/**
 * One therapy that fits the profile at one line of treatment. {@code why} is the one-line reason; the lists
 * behind it say which answers matched and what was not known.
 */
public record OptionView(String slug, String name, List<String> drugs, TreatmentLine line, TherapyCategory category,
		String why, List<String> matched, List<String> notKnown, List<String> conditions) {
}
