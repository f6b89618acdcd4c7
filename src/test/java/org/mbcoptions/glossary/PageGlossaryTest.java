package org.mbcoptions.glossary;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a page marks glossary terms in its patient text. */
class PageGlossaryTest {

	private final Glossary glossary = new Glossary(null);

	@BeforeEach
	void someTerms() {
		glossary.load(List.of(new Glossary.Entry("her2", "HER2", "a protein that tells cells to grow", List.of("HER2")),
				new Glossary.Entry("her2-low", "HER2-low", "a small amount of HER2", List.of("HER2-low")),
				new Glossary.Entry("nice", "NICE", "the body that advises the NHS", List.of("NICE")),
				new Glossary.Entry("infusion", "Infusion", "medicine given slowly into a vein",
						List.of("infusion", "infusions")),
				new Glossary.Entry("chemotherapy", "Chemotherapy", "drugs that kill dividing cells",
						List.of("chemotherapy", "chemo"))));
	}

	@Test
	void definesATermWhereThePageFirstUsesItAndNotAgain() {
		PageGlossary page = glossary.newPage();
		assertThat(page.mark("Chemotherapy may be given."))
			.isEqualTo("<dfn class=\"term\"><a href=\"/glossary#chemotherapy\">Chemotherapy</a></dfn> "
					+ "<span class=\"meaning\">(drugs that kill dividing cells)</span> may be given.");
		assertThat(page.mark("More chemo later.")).isEqualTo("More chemo later.");
		assertThat(glossary.newPage().mark("More chemo later.")).contains("<dfn class=\"term\">");
	}

	@Test
	void prefersTheLongestSpellingAndOnlyWholeWords() {
		PageGlossary page = glossary.newPage();
		assertThat(page.mark("HER2-low cancer")).contains("/glossary#her2-low").doesNotContain("/glossary#her2\"");
		assertThat(page.mark("HER2-positive or HER2")).startsWith("HER2-positive or <dfn");
		assertThat(glossary.newPage().mark("Multiinfusions and reinfusion")).doesNotContain("<dfn");
	}

	@Test
	void capitalisedSpellingsMatchOnlyAsWritten() {
		assertThat(glossary.newPage().mark("That is nice.")).doesNotContain("<dfn");
		assertThat(glossary.newPage().mark("NICE said yes.")).contains("/glossary#nice");
		assertThat(glossary.newPage().mark("Infusions take an hour.")).contains(">Infusions</a>");
	}

	@Test
	void aTermAlreadyInBracketsTakesItsMeaningInsideThem() {
		assertThat(glossary.newPage().mark("Drip into a vein (infusion)")).isEqualTo("Drip into a vein (<dfn "
				+ "class=\"term\"><a href=\"/glossary#infusion\">infusion</a></dfn><span class=\"meaning\">: "
				+ "medicine given slowly into a vein</span>)");
	}

	@Test
	void escapesTheTextAroundTheTerms() {
		assertThat(glossary.newPage().mark("<b>HER2</b> & co")).startsWith("&lt;b&gt;<dfn")
			.endsWith("&lt;/b&gt; &amp; co");
		assertThat(glossary.newPage().mark(null)).isEmpty();
	}

	@org.junit.jupiter.api.Test
	void aMeaningOfSeveralSentencesGivesOnlyItsFirstInBrackets() {
		org.assertj.core.api.Assertions
			.assertThat(PageGlossary.shortMeaning(
					"A hormone tablet that lowers oestrogen. It is used after menopause. Before that, it needs more."))
			.isEqualTo("A hormone tablet that lowers oestrogen");
		org.assertj.core.api.Assertions.assertThat(PageGlossary.shortMeaning("drugs that kill dividing cells"))
			.isEqualTo("drugs that kill dividing cells");
	}

}
