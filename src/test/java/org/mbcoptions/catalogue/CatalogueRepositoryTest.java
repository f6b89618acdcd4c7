package org.mbcoptions.catalogue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mbcoptions.model.Her2Category;
import org.mbcoptions.model.HrRequirement;
import org.mbcoptions.options.BiomarkerAnswer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The repositories on the real Flyway schema and seed scripts. */
@DataJpaTest
class CatalogueRepositoryTest {

	@Autowired
	private IndicationRepository indications;

	@Autowired
	private TherapyRepository therapies;

	@Autowired
	private BiomarkerRepository biomarkers;

	@Autowired
	private SubtypeRepository subtypes;

	@Test
	void theThreeSubtypesExistWithTheirHer2Categories() {
		assertThat(subtypes.findBySlug("hr-positive-her2-negative")).hasValueSatisfying(s -> {
			assertThat(s.getHrStatus()).isEqualTo(HrRequirement.POSITIVE);
			assertThat(s.getHer2().categories()).containsExactlyInAnyOrder(Her2Category.LOW, Her2Category.ULTRALOW,
					Her2Category.ZERO);
		});
		assertThat(subtypes.findBySlug("her2-positive"))
			.hasValueSatisfying(s -> assertThat(s.getHer2().categories()).containsExactly(Her2Category.POSITIVE));
		assertThat(subtypes.findBySlug("triple-negative"))
			.hasValueSatisfying(s -> assertThat(s.getHrStatus()).isEqualTo(HrRequirement.NEGATIVE));
	}

	@Test
	void everyBiomarkerTheUrlsAcceptIsInTheCatalogue() {
		List<String> codes = biomarkers.findAllByOrderByName().stream().map(Biomarker::getCode).toList();
		for (BiomarkerAnswer answer : BiomarkerAnswer.values()) {
			assertThat(codes).contains(answer.code());
		}
	}

	@Test
	void everyIndicationHasATherapyASourceAndAReviewDate() {
		List<Indication> all = indications.findAllForMatching();
		assertThat(all).isNotEmpty();
		for (Indication indication : all) {
			assertThat(indication.getTherapy()).as(indication.getCode()).isNotNull();
			assertThat(indication.getReviewedOn()).as(indication.getCode()).isNotNull();
			assertThat(indication.getSources()).as(indication.getCode()).isNotEmpty();
			assertThat(indication.getHer2().categories()).as(indication.getCode()).isNotEmpty();
		}
	}

	@Test
	void aTherapyLoadsWithItsDrugsInRegimenOrder() {
		Therapy therapy = therapies.findBySlug("pertuzumab-trastuzumab-docetaxel").orElseThrow();
		assertThat(therapy.getDrugs()).extracting(td -> td.getDrug().getName())
			.containsExactly("pertuzumab", "trastuzumab", "docetaxel");
		assertThat(therapy.getDrugClass().getSlug()).isEqualTo("her2-antibody");
	}

	@Test
	void findsTheIndicationsThatNeedABiomarker() {
		assertThat(indications.findByBiomarkerSlug("esr1")).extracting(i -> i.getTherapy().getSlug())
			.contains("elacestrant");
	}

}
