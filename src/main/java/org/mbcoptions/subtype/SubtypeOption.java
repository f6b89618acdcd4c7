package org.mbcoptions.subtype;

import java.util.List;

import org.mbcoptions.model.MetastaticSite;
import org.mbcoptions.model.TherapyCategory;
import org.mbcoptions.model.TreatmentLine;

/**
 * A therapy used in a subtype at one line. {@code needsOneOf} lists the biomarker results that open it (one row
 * per alternative); empty when no biomarker is needed. {@code anySubtype}: a tumour-agnostic use.
 */
public record SubtypeOption(String slug, String name, TherapyCategory category, TreatmentLine line,
		MetastaticSite site, List<String> conditions, List<BiomarkerRef> needsOneOf,
		boolean anySubtype, java.time.LocalDate reviewedOn, String route) {

	public record BiomarkerRef(String slug, String name) {
	}

}
