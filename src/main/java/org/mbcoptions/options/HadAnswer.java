package org.mbcoptions.options;

import org.mbcoptions.model.TreatmentKind;

/**
 * A treatment the visitor has already had ({@code had=} in the URL, repeatable): given
 * for the spread cancer, or the cancer grew during or soon after it as treatment after
 * surgery.
 */
public enum HadAnswer implements ParameterValue {

	ENDOCRINE, CDK46, CHEMO, TAXANE, ANTHRACYCLINE, TRASTUZUMAB, PERTUZUMAB, TDM1, TDXD, IMMUNOTHERAPY, PARP;

	public TreatmentKind kind() {
		return TreatmentKind.valueOf(name());
	}

}
