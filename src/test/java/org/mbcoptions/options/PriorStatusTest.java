package org.mbcoptions.options;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mbcoptions.catalogue.PriorRequirement;
import org.mbcoptions.model.TreatmentKind;
import org.mbcoptions.model.TreatmentLine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mbcoptions.model.TreatmentKind.ANTHRACYCLINE;
import static org.mbcoptions.model.TreatmentKind.ENDOCRINE;
import static org.mbcoptions.model.TreatmentKind.PERTUZUMAB;
import static org.mbcoptions.model.TreatmentKind.TAXANE;
import static org.mbcoptions.model.TreatmentKind.TRASTUZUMAB;

class PriorStatusTest {

	private static PriorRequirement needs(int group, TreatmentKind kind) {
		return new PriorRequirement((short) group, kind);
	}

	/** Trastuzumab emtansine's label: trastuzumab and a taxane. */
	private static final List<PriorRequirement> TRASTUZUMAB_AND_TAXANE = List.of(needs(1, TRASTUZUMAB),
			needs(2, TAXANE));

	@Test
	void everyGroupMustHoldSomethingTheyHaveHadAndAnyAlternativeInAGroupWill() {
		assertThat(PriorStatus.of(TRASTUZUMAB_AND_TAXANE, TreatmentLine.LATER, Set.of(TRASTUZUMAB, TAXANE)))
			.isEqualTo(PriorStatus.MET);
		assertThat(PriorStatus.of(TRASTUZUMAB_AND_TAXANE, TreatmentLine.LATER, Set.of(TRASTUZUMAB)))
			.isEqualTo(PriorStatus.NOT_MET);
		List<PriorRequirement> anyHer2 = List.of(needs(1, TRASTUZUMAB), needs(1, PERTUZUMAB));
		assertThat(PriorStatus.of(anyHer2, TreatmentLine.LATER, Set.of(PERTUZUMAB))).isEqualTo(PriorStatus.MET);
		assertThat(PriorStatus.of(anyHer2, TreatmentLine.LATER, Set.of(ANTHRACYCLINE))).isEqualTo(PriorStatus.NOT_MET);
	}

	@Test
	void noHistoryGivenIsUnknownNotNotMet() {
		assertThat(PriorStatus.of(TRASTUZUMAB_AND_TAXANE, TreatmentLine.LATER, Set.of()))
			.isEqualTo(PriorStatus.UNKNOWN);
	}

	@Test
	void aLaterUseWithNoRowsHoldsItsConditionInTextOnlySoItIsUnknownAndAFirstUseNeedsNothing() {
		assertThat(PriorStatus.of(List.of(), TreatmentLine.LATER, Set.of(ENDOCRINE))).isEqualTo(PriorStatus.UNKNOWN);
		assertThat(PriorStatus.of(List.of(), TreatmentLine.FIRST, Set.of(ENDOCRINE))).isEqualTo(PriorStatus.NONE);
		assertThat(PriorStatus.of(List.of(), TreatmentLine.ANY, Set.of())).isEqualTo(PriorStatus.NONE);
	}

	@Test
	void anOptionFittingThroughSeveralRowsTakesTheMostOpen() {
		assertThat(PriorStatus.NOT_MET.or(PriorStatus.MET)).isEqualTo(PriorStatus.MET);
		assertThat(PriorStatus.NOT_MET.or(PriorStatus.UNKNOWN)).isEqualTo(PriorStatus.UNKNOWN);
		assertThat(PriorStatus.NONE.or(PriorStatus.NOT_MET)).isEqualTo(PriorStatus.NONE);
		assertThat(PriorStatus.NOT_MET.param()).isEqualTo("not-met");
	}

}
