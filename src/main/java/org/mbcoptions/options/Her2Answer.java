package org.mbcoptions.options;

import java.util.Optional;

import org.mbcoptions.model.Her2Category;

/**
 * What a visitor says about HER2. {@code NEGATIVE} means HER2-negative with the level
 * (low, ultralow or zero) not known, which is how many older reports put it.
 */
public enum Her2Answer implements ParameterValue {

	POSITIVE, LOW, ULTRALOW, ZERO, NEGATIVE, UNKNOWN;

	/** The single category this answer pins down, if it pins one down. */
	/**
	 * The HER2 categories a cancer with this answer may be in: one, three for "negative",
	 * all four while unknown.
	 */
	public java.util.Set<Her2Category> possibleCategories() {
		return switch (this) {
			case NEGATIVE -> java.util.EnumSet.of(Her2Category.LOW, Her2Category.ULTRALOW, Her2Category.ZERO);
			case UNKNOWN -> java.util.EnumSet.allOf(Her2Category.class);
			default -> java.util.EnumSet.of(category().orElseThrow());
		};
	}

	public Optional<Her2Category> category() {
		return switch (this) {
			case POSITIVE -> Optional.of(Her2Category.POSITIVE);
			case LOW -> Optional.of(Her2Category.LOW);
			case ULTRALOW -> Optional.of(Her2Category.ULTRALOW);
			case ZERO -> Optional.of(Her2Category.ZERO);
			case NEGATIVE, UNKNOWN -> Optional.empty();
		};
	}

}
