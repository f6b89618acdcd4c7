package org.mbcoptions.options;

/**
 * The biomarkers a visitor can report as present. The code is the URL value and the
 * {@code biomarker.code} in the seed scripts. BRCA1, BRCA2 and PALB2 mean inherited
 * (germline) changes.
 */
public enum BiomarkerAnswer implements ParameterValue {

	PIK3CA("PIK3CA"), AKT1("AKT1"), PTEN("PTEN"), ESR1("ESR1"), BRCA1("BRCA1"), BRCA2("BRCA2"), PALB2("PALB2"),
	PD_L1("PD-L1"), MSI_H("MSI-H"), TMB_H("TMB-H"), NTRK("NTRK"), RET("RET"), BRAF_V600E("BRAF-V600E"), ERBB2("ERBB2");

	private final String code;

	BiomarkerAnswer(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	@Override
	public String param() {
		return code;
	}

	public static boolean isKnownCode(String code) {
		for (BiomarkerAnswer answer : values()) {
			if (answer.code.equals(code)) {
				return true;
			}
		}
		return false;
	}

}
