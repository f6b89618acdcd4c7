package org.mbcoptions.search;

/** Edit distance with adjacent swaps (Damerau-Levenshtein, optimal string alignment): "enhretu" is one from "enhertu". */
final class Fuzzy {

	private Fuzzy() {
	}

	static int distance(String a, String b) {
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

	/** How many typos a word of this length may carry and still match: none for short words, more for long. */
	static int allowedTypos(int length) {
		return length <= 3 ? 0 : length <= 6 ? 1 : 2;
	}

}
