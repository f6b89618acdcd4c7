package org.mbcoptions.subtype;

import java.util.Collections;
import java.util.Set;

import org.mbcoptions.catalogue.Subtype;
import org.mbcoptions.model.Her2Category;
import org.mbcoptions.model.HrRequirement;

/**
 * A subtype as pages show it: plain values copied out of the entity (open-in-view is
 * off).
 */
public record SubtypeSummary(String slug, String name, String summary, HrRequirement hrStatus, Set<Her2Category> her2) {

	static SubtypeSummary of(Subtype subtype) {
		return new SubtypeSummary(subtype.getSlug(), subtype.getName(), subtype.getSummary(), subtype.getHrStatus(),
				Collections.unmodifiableSet(subtype.getHer2().categories()));
	}

}
