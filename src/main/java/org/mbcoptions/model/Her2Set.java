package org.mbcoptions.model;

import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Which HER2 categories a row applies to, stored as one column per category so SQL
 * editors can read it.
 */
@Embeddable
public class Her2Set {

	@Column(name = "her2_positive")
	private boolean positive;

	@Column(name = "her2_low")
	private boolean low;

	@Column(name = "her2_ultralow")
	private boolean ultralow;

	@Column(name = "her2_zero")
	private boolean zero;

	protected Her2Set() {
	}

	/**
	 * Whether the two sets share a HER2 category: the one rule for matching subtypes and
	 * indications by HER2.
	 */
	public boolean overlaps(Her2Set other) {
		Set<Her2Category> mine = categories();
		return other.categories().stream().anyMatch(mine::contains);
	}

	public Set<Her2Category> categories() {
		Set<Her2Category> set = EnumSet.noneOf(Her2Category.class);
		if (positive) {
			set.add(Her2Category.POSITIVE);
		}
		if (low) {
			set.add(Her2Category.LOW);
		}
		if (ultralow) {
			set.add(Her2Category.ULTRALOW);
		}
		if (zero) {
			set.add(Her2Category.ZERO);
		}
		return set;
	}

}
