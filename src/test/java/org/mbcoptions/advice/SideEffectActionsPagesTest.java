package org.mbcoptions.advice;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What to do about a side effect, on the real catalogue: its own page, therapy pages,
 * compare and the JSON API.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SideEffectActionsPagesTest {

	@Autowired
	private MockMvcTester mvc;

	private String body(String path) throws java.io.UnsupportedEncodingException {
		var result = mvc.get().uri(path).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	/**
	 * One urgency level of a page's "when to call" section: from its heading to the next
	 * level's heading or the end of the section, so that a sign listed at another level
	 * does not count.
	 */
	private static String level(String page, String code) {
		int start = page.indexOf("id=\"when-" + code + "\"");
		assertThat(start).as("level %s on the page", code).isPositive();
		int next = page.indexOf("<h3 id=\"when-", start + 1);
		int end = next < 0 ? page.indexOf("</section>", start) : Math.min(next, page.indexOf("</section>", start));
		return page.substring(start, end);
	}

	@Test
	void aSideEffectPageSaysWhatToNoticeAndWhatToDoMostUrgentFirstWithSources() throws Exception {
		String page = body("/side-effects/diarrhoea");
		assertThat(page).contains("id=\"what-to-do\"", "You may notice:", "What to do:",
				"Call your 24-hour cancer line now, day or night", "royalmarsden.nhs.uk");
		assertThat(page.indexOf("data-urgency=\"call-now\"")).isPositive()
			.isLessThan(page.indexOf("data-urgency=\"call-today\""));
		assertThat(page).doesNotContain("id=\"no-actions\"");
	}

	@Test
	void aSideEffectNotYetWrittenUpSaysSoInsteadOfAnEmptySection() throws Exception {
		assertThat(body("/side-effects/headache"))
			.contains("id=\"no-actions\"", "Ask your care team what to look out for")
			.doesNotContain("id=\"what-to-do\"");
	}

	@Test
	void aTherapyPageSaysWhenToCallAboutItsOwnSideEffectsMostUrgentFirst() throws Exception {
		String page = body("/therapies/capecitabine");
		String section = page.substring(page.indexOf("id=\"when-to-call\""));
		assertThat(section.indexOf("id=\"when-call-now\"")).isPositive()
			.isLessThan(section.indexOf("id=\"when-call-today\""));
		String callNow = section.substring(section.indexOf("id=\"when-call-now\""),
				section.indexOf("id=\"when-call-today\""));
		assertThat(callNow).contains("data-side-effect=\"diarrhoea\"", "data-side-effect=\"dpd-deficiency\"")
			.doesNotContain("data-side-effect=\"lung-inflammation\"");
	}

	@Test
	void aTaxaneSaysToMentionNerveDamageAndToCallTheSameDayWhenItGetsWorse() throws Exception {
		String page = body("/therapies/paclitaxel");
		assertThat(level(page, "call-today")).contains("data-side-effect=\"nerve-damage\"", "getting worse");
		assertThat(level(page, "mention")).contains("data-side-effect=\"nerve-damage\"");
		// The "serious" flag marks a label warning; how soon to act comes only from the
		// levels, so the badge must not give an urgency of its own.
		assertThat(page).contains("Can be serious").doesNotContain("at once");
		assertThat(body("/side-effects/nerve-damage")).contains("id=\"what-to-do\"", "cancer.nsw.gov.au", "cancer.net")
			.doesNotContain("id=\"no-actions\"");
	}

	@Test
	void aLeakingDripIsACallNowAndASoreInjectionSiteWaitsForTheNextVisit() throws Exception {
		String vinorelbine = body("/therapies/vinorelbine");
		assertThat(level(vinorelbine, "call-now")).contains("data-side-effect=\"drip-site-reaction\"");
		assertThat(vinorelbine).doesNotContain("data-side-effect=\"injection-site-reaction\"");
		assertThat(body("/therapies/doxorubicin")).contains("data-warning=\"drip-site-reaction\"");
		String fulvestrant = body("/therapies/fulvestrant");
		assertThat(level(fulvestrant, "mention")).contains("data-side-effect=\"injection-site-reaction\"");
		assertThat(fulvestrant).doesNotContain("drip-site-reaction");
		assertThat(body("/side-effects/drip-site-reaction")).contains("id=\"what-to-do\"", "eviq.org.au");
	}

	@Test
	void selpercatinibSaysBloodPressureIsCheckedAndAHighReadingIsACallNow() throws Exception {
		String page = body("/therapies/selpercatinib");
		assertThat(page).contains("id=\"tests-before\"",
				"Your blood pressure is measured before you start and during treatment.",
				"data-warning=\"lung-inflammation\"");
		assertThat(level(page, "call-now")).contains("data-side-effect=\"high-blood-pressure\"");
		assertThat(level(page, "mention")).contains("data-side-effect=\"high-blood-pressure\"");
	}

	@Test
	void theGnrhAgentPageListsGoserelinsWarningsAndThoughtsOfSelfHarmAreACallNow() throws Exception {
		String page = body("/therapies/ovarian-suppression");
		assertThat(page).contains("data-warning=\"depression\"", "data-warning=\"bone-thinning\"",
				"data-warning=\"high-blood-sugar\"", "data-warning=\"heart-problems\"",
				"data-warning=\"harm-in-pregnancy\"", "from goserelin");
		assertThat(level(page, "call-now")).contains("data-side-effect=\"depression\"", "116 123");
		assertThat(level(page, "mention")).contains("data-side-effect=\"depression\"", "more than 2 weeks");
		assertThat(body("/side-effects/depression")).contains("id=\"what-to-do\"", "macmillan.org.uk", "lpft.nhs.uk");
		// A regimen that adds goserelin only before menopause and in men shows its
		// warnings
		// with it, not as the regimen's own side effects, which everyone would read as
		// theirs.
		String regimen = body("/therapies/ribociclib-aromatase-inhibitor");
		int givenWith = regimen.indexOf("id=\"given-with\"");
		assertThat(regimen.substring(givenWith, regimen.indexOf("</section>", givenWith))).contains(
				"data-companion-warning=\"depression\"", "data-companion-warning=\"high-blood-sugar\"",
				"from goserelin", "/side-effects/depression");
		assertThat(regimen).doesNotContain("data-side-effect=\"depression\"", "data-warning=\"depression\"");
	}

	@Test
	void onlyTheLevelsASideEffectHasAreShownAndOneWithoutLevelsIsLeftOut() throws Exception {
		// Hot flushes have only a next-visit level; headache is not written up.
		assertThat(body("/side-effects/hot-flushes")).contains("data-urgency=\"mention\"")
			.doesNotContain("data-urgency=\"call-now\"")
			.doesNotContain("data-urgency=\"call-today\"");
		String page = body("/therapies/ovarian-suppression");
		assertThat(level(page, "mention")).contains("data-side-effect=\"hot-flushes\"",
				"data-side-effect=\"injection-site-reaction\"");
		String whenToCall = page.substring(page.indexOf("id=\"when-to-call\""));
		assertThat(whenToCall.substring(0, whenToCall.indexOf("</section>")))
			.doesNotContain("data-side-effect=\"headache\"");
	}

	@Test
	void compareSaysWhenToCallAboutEverySideEffectInTheTable() throws Exception {
		assertThat(body("/compare?options=capecitabine&options=abemaciclib-fulvestrant")).contains(
				"id=\"when-to-call\"", "data-side-effect=\"dpd-deficiency\"", "data-side-effect=\"lung-inflammation\"");
	}

	@Test
	void theJsonGivesEachSideEffectItsMostUrgentLevelAndEveryLevelWithSources() throws Exception {
		assertThat(mvc.get().uri("/api/therapies")).hasStatusOk()
			.bodyJson()
			.extractingPath("$[?(@.slug == 'capecitabine')].sideEffects[?(@.slug == 'diarrhoea')]")
			.asArray()
			.singleElement()
			.satisfies(diarrhoea -> assertThat(diarrhoea.toString()).contains("urgency=call-now",
					"\"urgency\":\"call-today\"", "royalmarsden.nhs.uk"));
		assertThat(mvc.get().uri("/api/therapies")).bodyJson()
			.extractingPath("$[?(@.slug == 'abemaciclib')].sideEffects[?(@.slug == 'headache')]")
			.asArray()
			.singleElement()
			.satisfies(headache -> assertThat(headache.toString()).contains("urgency=null", "whatToDo=[]"));
	}

}
