package org.mbcoptions.options;

import java.time.LocalDate;

import org.mbcoptions.catalogue.Approval;

/**
 * A recent approval that the visitor's answers do not rule out. {@code fitsAnswers} is
 * false when a result the answers do not give (HR, HER2 or a gene test) decides whether
 * it applies.
 */
public record RecentOption(String slug, String name, String brandName, Approval.Region region, LocalDate decidedOn,
		String forWhom, boolean fitsAnswers) {
}
