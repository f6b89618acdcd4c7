package org.mbcoptions.options;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;

/**
 * Questions a visitor may want to ask their care team, written from their answers: first
 * about the results that are missing (the tests that could open options), then the
 * questions everyone may ask.
 */
final class CareTeamQuestions {

	private static final Set<String> GERMLINE = Set.of("BRCA1", "BRCA2", "PALB2");

	/** More tests than this in one question would bury the ones that matter. */
	private static final int MAX_BIOMARKER_QUESTIONS = 3;

	private CareTeamQuestions() {
	}

	static List<String> of(List<TestSuggestion> tests, MessageSource messages, Locale locale) {
		List<String> questions = new ArrayList<>();
		Set<String> germline = new LinkedHashSet<>();
		List<String> tumourTests = new ArrayList<>();
		for (TestSuggestion test : tests) {
			switch (test.test()) {
				case "HR", "HER2", "HER2-LOW" ->
					questions.add(messages.getMessage("question." + test.test(), null, locale));
				default -> {
					if (GERMLINE.contains(test.test())) {
						germline.add(test.test());
					}
					else if (tumourTests.size() < MAX_BIOMARKER_QUESTIONS) {
						tumourTests.add(test.test());
					}
				}
			}
		}
		// One question per kind of test, naming the tests: three near-identical questions
		// read as a form to fill.
		if (!tumourTests.isEmpty()) {
			questions.add(messages.getMessage("question.biomarker",
					new Object[] { join(tumourTests, messages, locale) }, locale));
		}
		if (!germline.isEmpty()) {
			questions.add(messages.getMessage("question.germline",
					new Object[] { join(List.copyOf(germline), messages, locale) }, locale));
		}
		for (int i = 1; i <= 3; i++) {
			questions.add(messages.getMessage("question.always." + i, null, locale));
		}
		return questions;
	}

	private static String join(List<String> names, MessageSource messages, Locale locale) {
		if (names.size() == 1) {
			return names.get(0);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " "
				+ messages.getMessage("list.and", null, locale) + " " + names.get(names.size() - 1);
	}

}
