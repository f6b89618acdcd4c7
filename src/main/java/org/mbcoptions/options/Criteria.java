package org.mbcoptions.options;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.mbcoptions.model.Her2Category;
import org.mbcoptions.model.HrRequirement;
import org.mbcoptions.model.MenopauseRequirement;
import org.mbcoptions.model.MetastaticSite;
import org.mbcoptions.model.SexRequirement;

/**
 * The conditions of one indication row, detached from JPA so the matching rules can be
 * tested on their own. {@code biomarkers} must have been found; {@code absentBiomarkers}
 * must have been tested for and not found.
 */
public record Criteria(HrRequirement hr, Set<Her2Category> her2, MenopauseRequirement menopause, SexRequirement sex,
		@Nullable MetastaticSite site, List<String> biomarkers, List<String> absentBiomarkers) {

	public Criteria {
		her2 = Set.copyOf(her2);
		biomarkers = List.copyOf(biomarkers);
		absentBiomarkers = List.copyOf(absentBiomarkers);
	}

	/** Conditions open to women and men that need no negative result. */
	public Criteria(HrRequirement hr, Set<Her2Category> her2, MenopauseRequirement menopause, MetastaticSite site,
			List<String> biomarkers) {
		this(hr, her2, menopause, SexRequirement.ANY, site, biomarkers, List.of());
	}

}
