package org.mbcoptions.subtype;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.mbcoptions.model.MetastaticSite;
import org.mbcoptions.model.TherapyCategory;
import org.mbcoptions.model.TreatmentLine;

/**
 * A therapy used in a subtype at one line. {@code needsOneOf} lists the biomarker results
 * that open it (one row per alternative); empty when no biomarker is needed.
 * {@code anySubtype}: a tumour-agnostic use. {@code hrPositiveOnly}: the subtype covers
 * both HR answers but this option is for HR-positive cancer only. {@code alsoGivenFor}:
 * the people (before menopause, men) for whom a companion drug comes with it.
 * {@code her2Only}: the subtype covers several HER2 categories but this option only some
 * (trastuzumab deruxtecan for HER2-low or ultralow cancer on the HER2-negative pages);
 * empty when it fits them all.
 */
public record SubtypeOption(String slug, String name, TherapyCategory category, TreatmentLine line,
		@Nullable MetastaticSite site, List<String> conditions, List<BiomarkerRef> needsOneOf, boolean anySubtype,
		java.time.LocalDate reviewedOn, String route, boolean hrPositiveOnly,
		List<org.mbcoptions.model.Person> alsoGivenFor, org.mbcoptions.model.Preference preference,
		List<org.mbcoptions.model.Her2Category> her2Only) {

	/** A guideline names it as usually offered first here. */
	public boolean preferred() {
		return preference == org.mbcoptions.model.Preference.PREFERRED;
	}

	/** A guideline keeps it for selected people only. */
	public boolean forSomePeople() {
		return preference == org.mbcoptions.model.Preference.SOME_PEOPLE;
	}

	public record BiomarkerRef(String slug, String name) {
	}

}
