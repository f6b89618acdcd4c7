package org.mbcoptions.system;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wording a patient should not stumble on, over every page type, every subtype and its
 * handout, and a spread of answers: no double brackets, no whole sentences inside
 * brackets, no "1 results".
 */
// Its own in-memory database: another test enlarges the shared one with copies of the
// catalogue.
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:wording;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE")
@AutoConfigureMockMvc
class WordingTest {

	private static final List<String> PAGES = List.of("/", "/options", "/options?hr=positive&her2=zero",
			"/options?hr=positive&her2=zero&menopause=pre&sex=female", "/options?hr=positive&her2=positive&sex=male",
			"/options?hr=negative&her2=low&biomarker=PD-L1&site=brain", "/options?biomarker=ESR1&notFound=PIK3CA",
			"/therapies", "/therapies/ribociclib-aromatase-inhibitor", "/therapies/capecitabine",
			"/therapies/trastuzumab-deruxtecan", "/therapies/ovarian-suppression", "/subtypes",
			"/subtypes/hr-positive-her2-negative", "/subtypes/her2-positive", "/subtypes/triple-negative",
			"/subtypes/hr-positive-her2-negative/print", "/subtypes/her2-positive/print",
			"/subtypes/triple-negative/print", "/biomarkers", "/biomarkers/esr1", "/side-effects",
			"/side-effects/lung-inflammation", "/drug-classes/cdk4-6-inhibitor", "/topics",
			"/topics/men-with-breast-cancer", "/search?q=enhertu", "/search?q=fulvestrant",
			"/compare?options=elacestrant&options=imlunestrant", "/compare?options=tamoxifen&options=fulvestrant",
			"/recent-approvals", "/about");

	/** A full stop and a new sentence inside one pair of brackets. */
	private static final Pattern SENTENCE_IN_BRACKETS = Pattern.compile("\\([^()]*?[a-z]{2}\\. [A-Z][^()]*\\)");

	@Autowired
	private MockMvcTester mvc;

	@Test
	void pagesReadWithoutDoubleBracketsSentencesInBracketsOrWrongPlurals() {
		List<String> problems = new ArrayList<>();
		for (String path : PAGES) {
			String text = visibleText(mvc.get().uri(path).exchange().getResponse());
			if (text.contains(") (")) {
				problems.add(path + ": double brackets near \"" + around(text, text.indexOf(") (")) + "\"");
			}
			Matcher sentence = SENTENCE_IN_BRACKETS.matcher(text);
			if (sentence.find()) {
				problems.add(path + ": sentences inside brackets: \"" + sentence.group() + "\"");
			}
			if (text.contains("needs Inherited") || text.contains("or Inherited")) {
				problems.add(path + ": a name capitalised in the middle of a sentence");
			}
			if (text.matches("(?s).*\\b1 results\\b.*") || text.matches("(?s).*\\b1 options\\b.*")) {
				problems.add(path + ": a singular count with a plural word");
			}
		}
		assertThat(problems).isEmpty();
	}

	/**
	 * A heading, then straight away another heading of the same or a higher level, or the
	 * end of its section.
	 */
	private static final Pattern EMPTY_SECTION = Pattern.compile(
			"(?s)<h([1-6])[^>]*>(.*?)</h\\1>\\s*(?:<ul[^>]*>\\s*</ul>\\s*)?(?=</section>|</div>|</main>|<h([1-6])[ >])");

	@Test
	void theEmptySectionCheckRecognisesOneAndLeavesSubHeadingsAlone() {
		assertThat(EMPTY_SECTION.matcher("<h3>Serious</h3>\n<ul>\n</ul>\n</section>").find()).isTrue();
		assertThat(EMPTY_SECTION.matcher("<h2>Tests</h2>\n  <h2>Questions</h2><p>q</p>").find()).isTrue();
		Matcher structure = EMPTY_SECTION.matcher("<h3>First line</h3><h4 class=\"x\">Usually first</h4><p>o</p>");
		assertThat(structure.find()).isTrue();
		assertThat(Integer.parseInt(structure.group(3))).isGreaterThan(Integer.parseInt(structure.group(1)));
		assertThat(EMPTY_SECTION.matcher("<h2>Tests</h2><ul><li>ESR1</li></ul></section>").find()).isFalse();
	}

	@Test
	void noHeadingStandsOverAnEmptySection() {
		List<String> problems = new ArrayList<>();
		for (String path : PAGES) {
			String html = html(mvc.get().uri(path).exchange().getResponse());
			Matcher empty = EMPTY_SECTION.matcher(html);
			while (empty.find()) {
				// A sub-heading right under its section heading is structure, not an
				// empty section.
				if (empty.group(3) != null && Integer.parseInt(empty.group(3)) > Integer.parseInt(empty.group(1))) {
					continue;
				}
				problems.add(path + ": heading \"" + empty.group(2).replaceAll("<[^>]+>", "").strip()
						+ "\" has nothing under it");
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void theAboutPageGivesTheDisclaimerOnce() {
		String text = visibleText(mvc.get().uri("/about").exchange().getResponse());
		String disclaimer = "It does not give medical advice";
		assertThat(text.split(java.util.regex.Pattern.quote(disclaimer), -1)).as("times the disclaimer appears")
			.hasSize(2);
	}

	private static String html(org.springframework.mock.web.MockHttpServletResponse response) {
		try {
			return response.getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String visibleText(org.springframework.mock.web.MockHttpServletResponse response) {
		try {
			String html = response.getContentAsString();
			String body = html.replaceAll("(?s)<head>.*?</head>", " ").replaceAll("(?s)<script.*?</script>", " ");
			return HtmlUtils.htmlUnescape(body.replaceAll("<[^>]+>", "")).replaceAll("\\s+", " ");
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String around(String text, int at) {
		return text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 60));
	}

}
