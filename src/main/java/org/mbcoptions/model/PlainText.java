package org.mbcoptions.model;

/** Small text helpers for sentences built from catalogue names. */
public final class PlainText {

	private PlainText() {
	}

	/**
	 * "Inherited BRCA2 mutation" reads "inherited BRCA2 mutation" inside a sentence;
	 * "PD-L1 positive" stays.
	 */
	public static String midSentence(String name) {
		if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isLowerCase(name.charAt(1))) {
			return Character.toLowerCase(name.charAt(0)) + name.substring(1);
		}
		return name;
	}

}
