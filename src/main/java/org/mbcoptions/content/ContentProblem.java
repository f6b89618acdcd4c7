package org.mbcoptions.content;

/**
 * One thing wrong with the content: which kind of row, its key (slug or code), and what
 * is wrong.
 */
public record ContentProblem(String table, String key, String message) {

	@Override
	public String toString() {
		return table + " '" + key + "': " + message;
	}

}
