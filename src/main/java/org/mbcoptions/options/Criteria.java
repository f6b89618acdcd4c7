package org.mbcoptions.options;

import java.util.List;
import java.util.Set;

import org.mbcoptions.model.Her2Category;
import org.mbcoptions.model.HrRequirement;
import org.mbcoptions.model.MenopauseRequirement;
import org.mbcoptions.model.MetastaticSite;

/** The conditions of one indication row, detached from JPA so the matching rules can be tested on their own. */
public record Criteria(HrRequirement hr, Set<Her2Category> her2, MenopauseRequirement menopause, MetastaticSite site,
		List<String> biomarkers) {

	public Criteria {
		her2 = Set.copyOf(her2);
		biomarkers = List.copyOf(biomarkers);
	}

}
