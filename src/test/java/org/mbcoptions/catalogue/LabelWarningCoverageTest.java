package org.mbcoptions.catalogue;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which drugs still have no label warning rows, so that a therapy page cannot say "boxed
 * warning" or which test comes first. docs/content-notes.md says why each is open; a new
 * drug without rows, or one of these written up, changes the list.
 */
@DataJpaTest
class LabelWarningCoverageTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void everyDrugHasItsLabelWarningsButTheOnesStillToRead() {
		assertThat(jdbc.queryForList("""
				select d.name from drug d where not exists (select 1 from drug_warning w where w.drug_id = d.id)
				order by d.name""", String.class)).containsExactly("imlunestrant", "leuprorelin", "repotrectinib");
	}

	@Test
	void everyChemotherapyWithABoxedWarningOnItsLabelSaysSo() {
		// The US labels of these chemotherapies carry a boxed warning (the label warning
		// scripts).
		assertThat(jdbc.queryForList("""
				select distinct d.name from drug_warning w join drug d on d.id = w.drug_id where w.boxed
				order by d.name""", String.class)).contains("capecitabine", "carboplatin", "docetaxel", "doxorubicin",
				"ixabepilone", "nab-paclitaxel", "paclitaxel", "pegylated liposomal doxorubicin", "vinorelbine");
	}

}
