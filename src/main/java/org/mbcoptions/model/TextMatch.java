package org.mbcoptions.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a typed query matches a text, written once for the site search and the A to Z
 * filter, so "enhretu" finds Enhertu in both: every query word must match a word of the
 * text exactly, or (from three letters) as its start or with a few typos.
 */
public final class TextMatch {

	private TextMatch() {
	}

	/**
	 * The score of the match, lower is better; -1 if a query word matches no word of the
	 * text.
	 */
	public static int score(List<String> query, List<String> text) {
		int total = 0;
		for (String q : query) {
			int bestWord = Integer.MAX_VALUE;
			for (String w : text) {
				if (w.equals(q)) {
					bestWord = 0;
				}
				else if (q.length() < 3) {
					continue;
				}
				else if (w.startsWith(q)) {
					bestWord = Math.min(bestWord, 1);
				}
				else {
					int typos = distance(q, w.length() > q.length() + 2 ? w.substring(0, q.length()) : w);
					if (typos <= allowedTypos(q.length())) {
						bestWord = Math.min(bestWord, 2 + typos);
					}
				}
			}
			if (bestWord == Integer.MAX_VALUE) {
				return -1;
			}
			total += bestWord;
		}
		return total;
	}

	/** Lower-case words without accents: "Enhertu®, T-DXd" is [enhertu, t, dxd]. */
	public static List<String> words(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT);
		List<String> words = new ArrayList<>();
		for (String w : plain.split("[^a-z0-9]+")) {
			if (!w.isEmpty()) {
				words.add(w);
			}
		}
		return words;
	}

	/**
	 * Edit distance with adjacent swaps (Damerau-Levenshtein, optimal string alignment):
	 * "enhretu" is one from "enhertu".
	 */
	public static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

	/**
	 * How many typos a word of this length may carry and still match: none for short
	 * words, more for long.
	 */
	static int allowedTypos(int length) {
		return length <= 3 ? 0 : length <= 6 ? 1 : 2;
	}

}
