package org.mbcoptions.content;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flesch-Kincaid grade level of a text: 0.39 × words per sentence + 11.8 × syllables per
 * word − 15.59. Syllables are counted by vowel groups, the usual approximation; it
 * slightly over-counts some drug names, which errs on the side of plainer text.
 */
public final class ReadingGrade {

	private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:['’][A-Za-z]+)?");

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)");

	private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");

	private ReadingGrade() {
	}

	public static double of(String text) {
		int words = 0;
		int syllables = 0;
		Matcher word = WORD.matcher(text);
		while (word.find()) {
			words++;
			syllables += syllables(word.group());
		}
		if (words == 0) {
			return 0;
		}
		int sentences = Math.max(1, (int) SENTENCE_END.matcher(text.strip()).results().count());
		return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
	}

	static int syllables(String word) {
		String w = word.toLowerCase(Locale.ROOT).replaceAll("['’].*$", "");
		if (w.length() <= 3) {
			return 1;
		}
		// A final silent "e" (but not "le", as in "table") does not make a syllable;
		// neither do "es"/"ed" endings.
		w = w.replaceAll("(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$", "x");
		int count = (int) VOWEL_GROUP.matcher(w).results().count();
		return Math.max(1, count);
	}

}
