package org.mbcoptions.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every page shares, on the real catalogue: each renders, bad addresses and values
 * get friendly 4xx pages, security and caching headers, no writes. Each feature's own
 * page tests live in its package ({@code *PagesTest}).
 */
@SpringBootTest
@AutoConfigureMockMvc
class PagesTest {

	@Autowired
	private MockMvcTester mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/options", "/options?hr=negative&her2=low&biomarker=PD-L1&site=brain", "/therapies",
			"/therapies?q=kisqali", "/therapies/trastuzumab-deruxtecan", "/drug-classes",
			"/drug-classes/cdk4-6-inhibitor", "/side-effects", "/side-effects/fatigue", "/biomarkers",
			"/biomarkers/pik3ca", "/subtypes", "/subtypes/hr-positive-her2-negative", "/subtypes/her2-positive",
			"/subtypes/triple-negative", "/subtypes/her2-positive/print", "/editors/review", "/topics",
			"/topics/radiotherapy", "/topics/palliative-care", "/topics/men-with-breast-cancer", "/about",
			"/search?q=fulvestrant", "/compare", "/glossary", "/compare?options=elacestrant&options=imlunestrant",
			"/recent-approvals" })
	void everyPageRenders(String path) {
		assertThat(mvc.get().uri(path)).hasStatusOk().bodyText().contains("<main id=\"main\"").doesNotContain("??");
	}

	@Test
	void everyPageSaysWhenTheContentWasReviewedAndHowToGiveFeedback() {
		for (String path : new String[] { "/", "/therapies/eribulin", "/subtypes/triple-negative", "/nope" }) {
			assertThat(mvc.get().uri(path)).bodyText()
				.containsPattern("All content reviewed since \\d{1,2} \\w+ \\d{4} \\(content version V\\d+\\)")
				.contains("href=\"/about#feedback\"");
		}
		assertThat(mvc.get().uri("/about")).hasStatusOk()
			.bodyText()
			.contains("no tracking")
			.contains("Nothing you enter is stored");
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "/therapies/no-such-drug", "/subtypes/luminal-z", "/biomarkers/kras", "/drug-classes/nothing",
					"/side-effects/nothing", "/no-such-page", "/subtypes/luminal-z/print", "/topics/nothing" })
	void unknownAddressesGetTheFriendly404Page(String path) {
		assertThat(mvc.get().uri(path)).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("We could not find that page")
			.doesNotContain("Exception");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/options?hr=yes", "/options?her2=3%2B", "/options?menopause=peri", "/options?site=skin",
			"/options?biomarker=KRAS", "/options?hr=positive&hr=negative", "/options?sex=other",
			"/options?notFound=KRAS", "/options?biomarker=ESR1&notFound=esr1", "/options?result.ESR1=maybe" })
	void badValuesGetTheFriendly400Page(String path) {
		assertThat(mvc.get().uri(path)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("We could not read that request")
			.doesNotContain("Exception")
			.doesNotContain("at org.");
	}

	@Test
	void everyResponseCarriesTheSecurityHeadersAndNoCookie() {
		for (String path : new String[] { "/", "/options?hr=positive", "/api/options", "/options?hr=bad", "/nope" }) {
			assertThat(mvc.get().uri(path)).headers()
				.hasValue("X-Content-Type-Options", "nosniff")
				.hasValue("Referrer-Policy", "no-referrer")
				.containsHeader("Permissions-Policy")
				.doesNotContainHeader("Set-Cookie")
				.hasValue("Content-Security-Policy", SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
		}
		assertThat(SecurityHeadersFilter.CONTENT_SECURITY_POLICY).contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline");
	}

	@Test
	void pagesCarryAnEtagAndAnswer304WhenUnchanged() {
		var first = mvc.get().uri("/therapies/eribulin").exchange();
		String etag = first.getResponse().getHeader("ETag");
		assertThat(etag).isNotBlank();
		assertThat(first.getResponse().getHeader("Cache-Control")).isEqualTo("no-cache");
		assertThat(mvc.get().uri("/therapies/eribulin").header("If-None-Match", etag))
			.hasStatus(HttpStatus.NOT_MODIFIED);
	}

	@Test
	void onlyHealthAndInfoOfTheActuatorAreReachable() {
		assertThat(mvc.get().uri("/actuator/health")).hasStatusOk().bodyText().contains("UP");
		assertThat(mvc.get().uri("/actuator/env")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/actuator/beans")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void visitorsCannotWrite() {
		assertThat(mvc.post().uri("/options?hr=positive")).hasStatus4xxClientError();
		assertThat(mvc.delete().uri("/api/therapies")).hasStatus4xxClientError();
	}

}
