package org.mbcoptions.options;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;

/**
 * Questions a visitor may want to ask their care team, written from their answers: first about the results that
 * are missing (the tests that could open options), then the questions everyone may ask.
 */
final class CareTeamQuestions {

	private static final Set<String> GERMLINE = Set.of("BRCA1", "BRCA2", "PALB2");

	/** More than this many test questions would bury the ones that matter. */
	private static final int MAX_BIOMARKER_QUESTIONS = 3;

	private CareTeamQuestions() {
	}

	static List<String> of(List<TestSuggestion> tests, MessageSource messages, Locale locale) {
		List<String> questions = new ArrayList<>();
		Set<String> germline = new LinkedHashSet<>();
		int biomarkerQuestions = 0;
		for (TestSuggestion test : tests) {
			switch (test.test()) {
				case "HR", "HER2", "HER2-LOW" -> questions.add(messages.getMessage("question." + test.test(), null, locale));
				default -> {
					if (GERMLINE.contains(test.test())) {
						germline.add(test.test());
					}
					else if (biomarkerQuestions < MAX_BIOMARKER_QUESTIONS) {
						questions.add(messages.getMessage("question.biomarker", new Object[] { test.test() }, locale));
						biomarkerQuestions++;
					}
				}
			}
		}
		if (!germline.isEmpty()) {
			questions.add(messages.getMessage("question.germline", new Object[] { String.join(", ", germline) }, locale));
		}
		for (int i = 1; i <= 3; i++) {
			questions.add(messages.getMessage("question.always." + i, null, locale));
		}
		return questions;
	}

}
