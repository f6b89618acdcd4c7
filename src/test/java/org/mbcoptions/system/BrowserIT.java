package org.mbcoptions.system;

import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The app on a real port, driven by a real browser, as a visitor would use it. */
class BrowserIT extends RealBrowserTest {

	private BrowserContext context;

	private Page page;

	@BeforeEach
	void newPage() {
		context = browser.newContext();
		page = context.newPage();
	}

	@AfterEach
	void closePage() {
		context.close();
	}

	@Test
	void aVisitorFillsTheFormAndSeesTheOptionsThatFit() {
		page.navigate(url("/"));
		page.getByLabel("HR-positive (ER or PR positive)").check();
		page.getByLabel("HER2-zero (IHC 0, no staining at all)").check();
		page.locator("#result-ESR1-found").check();
		page.locator("#result-PIK3CA-notFound").check();
		page.getByLabel("After menopause", new Page.GetByLabelOptions().setExact(true)).check();
		page.locator("#show-options").click();

		// The per-test radio groups come back as the short, shareable address.
		assertThat(page.url()).contains("/options?")
			.contains("hr=positive")
			.contains("her2=zero")
			.contains("biomarker=ESR1")
			.contains("notFound=PIK3CA")
			.doesNotContain("result.");
		assertThat(page.locator("#result-ESR1-found").isChecked()).isTrue();
		assertThat(page.locator("#result-PIK3CA-notFound").isChecked()).isTrue();
		List<String> shown = page.locator("#options li.option")
			.all()
			.stream()
			.map(li -> li.getAttribute("data-slug"))
			.toList();
		assertThat(shown).contains("elacestrant", "fulvestrant")
			.doesNotContain("trastuzumab-deruxtecan", "pertuzumab-trastuzumab-docetaxel", "pembrolizumab-chemotherapy");
		assertThat(page.locator("#tests li.test[data-test='HER2-LOW']").count()).isEqualTo(1);
		assertThat(page.locator("#options li[data-slug='elacestrant'] .why").innerText()).contains("ESR1");
		assertThat(page.locator("#tests li.test[data-test='PIK3CA']").count()).isZero();
	}

	@Test
	void whereTheReaderLivesIsChosenByKeyboardAndEachCardSaysWhatWasDecidedThere() {
		page.navigate(url("/"));
		page.getByLabel("HR-positive (ER or PR positive)").check();
		page.locator("#her2-positive").check();
		// The region is a radio group: focus it, then move with the arrow keys as a
		// keyboard user would.
		page.locator("#region-us").focus();
		page.keyboard().press("ArrowDown");
		assertThat(page.locator("#region-uk").isChecked()).isTrue();
		page.locator("#show-options").click();

		assertThat(page.url()).contains("region=uk");
		assertThat(page.locator("#profile-region").innerText()).isEqualTo("United Kingdom");
		assertThat(page.locator("#options li[data-slug='trastuzumab-deruxtecan'] .where").innerText())
			.contains("England and Wales (NICE):")
			.contains("Cancer Drugs Fund");
		assertThat(page.locator("#where-explain").innerText()).contains("gap in our records");
	}

	@Test
	void aWomanBeforeMenopauseSeesOvarianSuppressionInTheRegimen() {
		page.navigate(url("/"));
		page.getByLabel("HR-positive (ER or PR positive)").check();
		page.getByLabel("HER2-zero (IHC 0, no staining at all)").check();
		page.locator("#sex-female").check();
		page.locator("#menopause-pre").check();
		page.locator("#show-options").click();

		assertThat(page.url()).contains("sex=female").contains("menopause=pre");
		assertThat(page.locator("#options li[data-slug='ribociclib-aromatase-inhibitor'] h4").innerText())
			.isEqualTo("Ribociclib with an aromatase inhibitor, with ovarian suppression (Kisqali)");
		assertThat(page.locator("#options li[data-slug='ribociclib-aromatase-inhibitor'] .also-given").innerText())
			.contains("goserelin");
	}

	@Test
	void onAPhoneTheSummaryComesFirstAndTheRestOpensOnRequest() {
		page.setViewportSize(390, 844);
		page.navigate(url("/options?hr=positive&her2=zero&biomarker=ESR1&menopause=post"));
		// The summary's first lines are on the first screen, before any scrolling.
		assertThat(page.locator("#summary-heading").boundingBox().y).isLessThan(844);
		assertThat(page.locator("#summary-first").boundingBox().y + page.locator("#summary-first").boundingBox().height)
			.isLessThan(844);
		assertThat(page.locator("#summary-first").innerText()).contains("Ribociclib", "(Kisqali)", "by mouth");
		assertThat(page.locator(".summary-unlocked[data-biomarker='ESR1']").innerText())
			.contains("Elacestrant (Orserdu)");

		// Each therapy once, with its lines as tags; the usual ones open, chemotherapy
		// closed but counted.
		List<String> slugs = page.locator("#options li.option")
			.all()
			.stream()
			.map(li -> li.getAttribute("data-slug"))
			.toList();
		assertThat(slugs).doesNotHaveDuplicates().contains("fulvestrant");
		assertThat(page.locator("#options li[data-slug='fulvestrant'] .tag").allTextContents())
			.containsExactly("First treatment", "Later treatment");
		assertThat(page.locator("#group-usual li.option").first().isVisible()).isTrue();
		Locator chemotherapy = page.locator("#group-chemotherapy");
		int count = chemotherapy.locator("li.option").count();
		assertThat(chemotherapy.locator("summary").innerText()).isEqualTo("Chemotherapy (" + count + ")");
		assertThat(chemotherapy.locator("li.option").first().isVisible()).isFalse();
		chemotherapy.locator("summary").press("Enter");
		assertThat(chemotherapy.locator("li.option").first().isVisible()).isTrue();

		// "Change your answers" opens the closed form.
		assertThat(page.locator("#profile-form").isVisible()).isFalse();
		page.locator(".profile-summary a[href='#profile-form']").click();
		assertThat(page.locator("#profile-form").isVisible()).isTrue();
	}

	@Test
	void aVisitorWhoseCancerGrewOnFirstTreatmentSaysWhatTheyHaveHad() {
		page.navigate(url("/"));
		page.getByLabel("HR-positive (ER or PR positive)").check();
		page.getByLabel("HER2-zero (IHC 0, no staining at all)").check();
		page.getByLabel("After menopause", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("Hormone therapy (such as tamoxifen, letrozole or fulvestrant)").check();
		page.getByLabel("A CDK4/6 inhibitor (palbociclib, ribociclib or abemaciclib)").check();
		page.locator("#show-options").click();

		assertThat(page.url()).contains("had=endocrine").contains("had=cdk46");
		assertThat(page.locator("#summary-after-history").innerText()).contains("Fulvestrant");
		assertThat(page.locator("#group-after_history li.option").first().isVisible()).isTrue();
		Locator earlier = page.locator("#group-earlier");
		assertThat(earlier.locator("li[data-slug='ribociclib-aromatase-inhibitor']").isVisible()).isFalse();
		earlier.locator("summary").click();
		assertThat(earlier.locator("li[data-slug='ribociclib-aromatase-inhibitor']").isVisible()).isTrue();
		page.locator(".profile-summary a[href='#profile-form']").click();
		assertThat(page.locator("#had-endocrine").isChecked()).isTrue();
	}

	@Test
	void onAPhoneCompareCountsTicksStopsAFifthAndShowsAnAlignedTableWithAFrozenFirstColumn() {
		page.setViewportSize(390, 844);
		page.navigate(url("/options?hr=positive&her2=zero&menopause=post"));
		page.locator("#group-other_treatment > summary").click();
		for (String name : List.of("Fulvestrant", "Everolimus with exemestane", "Abemaciclib with fulvestrant",
				"Tamoxifen")) {
			page.getByLabel("Compare " + name, new Page.GetByLabelOptions().setExact(true)).check();
		}
		page.locator("#group-chemotherapy > summary").click();
		Locator fifth = page.getByLabel("Compare Eribulin", new Page.GetByLabelOptions().setExact(true));
		fifth.click();
		assertThat(fifth.isChecked()).isFalse();
		assertThat(page.locator("#compare-limit").innerText()).contains("Up to four");
		assertThat(page.locator("#compare-selected").innerText()).endsWith("(4)");

		// The button stays on screen while the list scrolls: it sits at the bottom of the
		// viewport.
		page.locator("#group-chemotherapy li.option").first().scrollIntoViewIfNeeded();
		var bar = page.locator("#compare-bar").boundingBox();
		assertThat(bar.y + bar.height).isBetween(700.0, 845.0);
		page.locator("#compare-selected").click();

		assertThat(page.locator("#comparison thead th[scope='col']").count()).isEqualTo(4);
		// Rows line up: every side-effect row has one cell per treatment.
		for (Locator row : page.locator("#compare-serious tr[data-side-effect]").all()) {
			assertThat(row.locator("td").count()).isEqualTo(4);
		}
		Locator rowHeader = page.locator("#compare-tests th[scope='row']");
		double before = rowHeader.boundingBox().x;
		page.locator("#comparison").evaluate("box => box.scrollLeft = 400");
		assertThat(rowHeader.boundingBox().x).isEqualTo(before);
		assertThat(page.locator("#comparison td[data-slug='fulvestrant']").first().boundingBox().x).isLessThan(0);
		Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
		assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
		page.locator("#back-to-results").click();
		assertThat(page.url()).contains("hr=positive").contains("menopause=post");
	}

	@Test
	void aVisitorSearchesByBrandNameWithATypoFromTheHeader() {
		page.navigate(url("/therapies/eribulin"));
		page.getByLabel("Search the site").fill("Enhretu");
		page.getByLabel("Search the site").press("Enter");
		assertThat(page.url()).contains("/search?q=Enhretu");
		page.locator("#search-results a", new Page.LocatorOptions().setHasText("Trastuzumab deruxtecan"))
			.first()
			.click();
		assertThat(page.locator("h1").innerText()).isEqualTo("Trastuzumab deruxtecan");
	}

	@Test
	void aVisitorComparesThreeOptionsFromTheirResults() {
		page.navigate(url("/options?hr=positive&her2=zero&biomarker=ESR1&menopause=post"));
		page.getByLabel("Compare Elacestrant").check();
		page.getByLabel("Compare Imlunestrant").check();
		// Everolimus is in a closed group: open it first, as a visitor would.
		page.locator("#group-other_treatment > summary").click();
		page.getByLabel("Compare Everolimus with exemestane").check();
		page.locator("#compare-selected").click();
		assertThat(page.url()).contains("/compare?").contains("options=elacestrant").contains("options=imlunestrant");
		assertThat(page.locator("#comparison thead th[scope='col']").count()).isEqualTo(3);
		assertThat(page.locator("#comparison td[data-slug='elacestrant']").allInnerTexts())
			.anyMatch(t -> t.contains("Tablets"));
		page.locator("#back-to-results").click();
		assertThat(page.url()).contains("/options?").contains("hr=positive").contains("biomarker=ESR1");
	}

	@Test
	void aVisitorOpensATestSuggestionAndReadsHowItIsTested() {
		page.navigate(url("/options?hr=positive&her2=zero&menopause=post"));
		assertThat(page.locator("#options li[data-slug='ribociclib-aromatase-inhibitor'] .why").innerText())
			.contains("hormone receptor-positive")
			.contains("HER2-zero");
		page.locator("#tests li[data-test='ESR1'] summary").click();
		page.locator("#tests li[data-test='ESR1']").getByText("About this test").click();
		assertThat(page.url()).endsWith("/biomarkers/esr1");
		assertThat(page.locator("main").innerText()).contains("How it is tested").contains("blood");
	}

	@Test
	void aVisitorSeesARecentApprovalThatNeedsATestAndOpensWhatIsKnownAboutIt() {
		page.navigate(url("/"));
		page.getByLabel("HR-positive (ER or PR positive)").check();
		page.getByLabel("HER2-low (1+, or 2+ without extra HER2 genes)").check();
		page.locator("#result-PIK3CA-notFound").check();
		page.locator("#show-options").click();

		page.locator("#recent > summary").click();
		Locator vepdegestrant = page.locator("#recent li.recent[data-slug='vepdegestrant']");
		assertThat(vepdegestrant.innerText()).contains("Vepdegestrant (Veppanu)").contains("A test result is missing");
		assertThat(page.locator("#recent li.recent[data-slug='gedatolisib']").innerText())
			.contains("It may fit your answers");
		assertThat(page.locator("#options li.option[data-slug='vepdegestrant']").count()).isZero();
		vepdegestrant.getByText("Vepdegestrant (Veppanu)").click();

		page.waitForURL(address -> address.endsWith("/recent-approvals#vepdegestrant"));
		Locator entry = page.locator("#vepdegestrant");
		assertThat(entry.innerText()).contains("Not yet checked").contains("1 May 2026");
		assertThat(entry.locator(".sources a").first().getAttribute("href")).startsWith("https://");
	}

	@Test
	void aVisitorLooksUpAWordWhereItFirstAppearsAndInTheGlossary() {
		page.navigate(url("/therapies/sacituzumab-govitecan"));
		Locator antibody = page.locator("#summary dfn", new Page.LocatorOptions().setHasText("antibody"));
		Locator meaning = page.locator("#summary dfn:has-text('antibody') + .meaning");
		assertThat(meaning.isVisible()).isTrue();
		assertThat(meaning.innerText()).contains("protein that sticks to one target");
		assertThat(page.locator("main dfn", new Page.LocatorOptions().setHasText("antibody")).count()).isEqualTo(1);

		antibody.locator("a").focus();
		page.keyboard().press("Enter");
		page.waitForURL(address -> address.endsWith("/glossary#antibody"));
		assertThat(page.locator("#antibody").innerText()).contains("Antibody").contains("protein that sticks");
		assertThat(page.evaluate("() => document.querySelector(':target').id")).isEqualTo("antibody");

		page.getByLabel("Search the site").fill("neutropenia");
		page.getByLabel("Search the site").press("Enter");
		assertThat(page.locator("#search-results a[href='/side-effects/low-white-blood-cells']").count()).isEqualTo(1);
		page.locator("#search-results a[href='/glossary#white-blood-cells']").click();
		page.waitForURL(address -> address.endsWith("/glossary#white-blood-cells"));
		assertThat(page.locator("#white-blood-cells").innerText()).contains("fight infection");
	}

	@Test
	void aWrongValueInASharedLinkShowsAFriendlyPage() {
		Response response = page.navigate(url("/options?hr=maybe&utm_source=newsletter"));
		assertThat(response.status()).isEqualTo(400);
		assertThat(page.locator("#allowed-values").innerText()).contains("positive").contains("unknown");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/options?hr=positive&her2=zero&biomarker=ESR1&menopause=post&site=bone", "/options",
			"/therapies", "/therapies?q=enhertu", "/therapies/trastuzumab-deruxtecan",
			"/therapies/ribociclib-aromatase-inhibitor", "/drug-classes", "/drug-classes/cdk4-6-inhibitor",
			"/side-effects", "/side-effects/lung-inflammation", "/side-effects/depression", "/biomarkers",
			"/biomarkers/esr1", "/subtypes", "/subtypes/hr-positive-her2-negative", "/subtypes/her2-positive",
			"/subtypes/triple-negative", "/subtypes/triple-negative/print", "/editors/review", "/topics",
			"/topics/radiotherapy", "/search?q=kisqaly",
			"/compare?options=elacestrant&options=imlunestrant&options=fulvestrant", "/about", "/glossary",
			"/recent-approvals", "/options?hr=positive&her2=zero&biomarker=esr1",
			"/options?hr=positive&her2=zero&menopause=post&had=endocrine&had=cdk46", "/options?hr=maybe",
			"/options?hr=positive&her2=positive&region=uk", "/options?hr=positive&her2=low&biomarker=BRAF-V600E",
			"/no-such-page" })
	void everyPageTypeHasNoWcagAOrAaViolationsAndNothingBlockedByTheContentPolicy(String path) {
		List<String> consoleErrors = new java.util.ArrayList<>();
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type()) && !message.text().contains("status of 4")) {
				consoleErrors.add(message.text());
			}
		});
		page.navigate(url(path));
		AxeResults results = new AxeBuilder(page)
			.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"))
			.analyze();
		assertThat(results.getViolations()).extracting(Rule::getId).isEmpty();
		assertThat(consoleErrors).isEmpty();
	}

	@Test
	void theAccessibilityCheckDoesFindViolations() {
		page.setContent("<html><body><img src='x.png'><input type='text'></body></html>");
		AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa")).analyze();
		assertThat(results.getViolations()).extracting(Rule::getId).contains("image-alt", "html-has-lang");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/options?hr=positive&her2=negative", "/options?hr=positive&her2=positive&region=uk",
			"/therapies/trastuzumab-deruxtecan", "/therapies/ribociclib-aromatase-inhibitor",
			"/topics/bone-metastases-surgery",
			"/compare?options=elacestrant&options=imlunestrant&options=fulvestrant&options=olaparib",
			"/subtypes/triple-negative", "/glossary" })
	void pagesReflowAt320PixelsWithoutSidewaysScrolling(String path) {
		page.setViewportSize(320, 640);
		page.navigate(url(path));
		Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
		assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
	}

}
