package org.mbcoptions.model;

/**
 * The four HER2 categories a pathology report can give. HER2-low is IHC 1+ or IHC 2+
 * without gene amplification; HER2-ultralow is faint staining in 10% of cells or fewer;
 * HER2-zero is no staining.
 */
public enum Her2Category {

	POSITIVE, LOW, ULTRALOW, ZERO

}
