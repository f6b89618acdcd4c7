package org.mbcoptions.system;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers come from memory the second time a normalised request is asked, with the same
 * bytes and ETag.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
class RenderCacheTest {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	private Statistics statistics;

	@BeforeEach
	void statistics() {
		statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
	}

	@Test
	void theSameRequestWithTrackingTagsOrAnotherParameterOrderIsServedFromMemory() {
		statistics.clear();
		MvcTestResult first = mvc.get().uri("/options?hr=negative&her2=zero&biomarker=BRCA2").exchange();
		assertThat(first).hasStatusOk();
		assertThat(statistics.getPrepareStatementCount()).isPositive();

		statistics.clear();
		MvcTestResult again = mvc.get()
			.uri("/options?her2=zero&biomarker=BRCA2&hr=negative&utm_source=mail")
			.exchange();
		assertThat(again).hasStatusOk();
		assertThat(statistics.getPrepareStatementCount()).isZero();
		assertThat(again.getResponse().getContentAsByteArray()).isEqualTo(first.getResponse().getContentAsByteArray());
		assertThat(again.getResponse().getContentType()).isEqualTo(first.getResponse().getContentType());
		assertThat(again.getResponse().getHeader("ETag")).isNotNull().isEqualTo(first.getResponse().getHeader("ETag"));
		assertThat(again.getResponse().getHeader("Content-Security-Policy")).isNotNull();
		assertThat(again.getResponse().getHeader("Cache-Control")).isEqualTo("no-cache");
	}

	@Autowired
	private org.springframework.boot.web.servlet.FilterRegistrationBean<RenderCacheFilter> renderCacheFilter;

	@Test
	void aThousandMadeUpParametersShareOneEntryAndAreServedFromMemory() {
		RenderCache cache = renderCacheFilter.getFilter().cache();
		assertThat(mvc.get().uri("/options?hr=positive&her2=low&had=chemo")).hasStatusOk();
		int entries = cache.size();
		statistics.clear();
		for (int i = 0; i < 1000; i++) {
			assertThat(mvc.get().uri("/options?had=chemo&her2=low&hr=positive&x" + i + "=" + i)).hasStatusOk();
		}
		assertThat(cache.size()).as("entries after 1,000 junk parameters").isEqualTo(entries);
		assertThat(statistics.getPrepareStatementCount()).as("statements: every answer came from memory").isZero();
	}

	@Test
	void itsCountsAreOnTheActuatorInfoEndpoint() {
		assertThat(mvc.get().uri("/therapies/olaparib")).hasStatusOk();
		assertThat(mvc.get().uri("/therapies/olaparib")).hasStatusOk();
		assertThat(mvc.get().uri("/actuator/info")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.renderCache.entries", v -> v.assertThat().asNumber().isNotEqualTo(0))
			.hasPathSatisfying("$.renderCache.hits", v -> v.assertThat().asNumber().isNotEqualTo(0))
			.hasPathSatisfying("$.renderCache.maxBytes", v -> v.assertThat().asNumber().isEqualTo(16_000_000));
	}

	@Test
	void theCacheKeyCoversEveryParameterThePagesRead() {
		assertThat(RenderCacheFilter.READ_PARAMETERS).containsAll(org.mbcoptions.options.ProfileParser.PARAMETERS)
			.contains("q", "options", "from");
	}

	@Test
	void aBrowserThatAcceptsGzipGetsTheStoredCompressedCopy() throws Exception {
		byte[] plain = mvc.get().uri("/therapies/eribulin").exchange().getResponse().getContentAsByteArray();
		MvcTestResult gzipped = mvc.get().uri("/therapies/eribulin").header("Accept-Encoding", "br, gzip").exchange();
		assertThat(gzipped.getResponse().getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(gzipped.getResponse().getHeader("Vary")).isEqualTo("Accept-Encoding");
		try (var in = new java.util.zip.GZIPInputStream(
				new java.io.ByteArrayInputStream(gzipped.getResponse().getContentAsByteArray()))) {
			assertThat(in.readAllBytes()).isEqualTo(plain);
		}
		MvcTestResult refused = mvc.get().uri("/therapies/eribulin").header("Accept-Encoding", "gzip;q=0").exchange();
		assertThat(refused.getResponse().getHeader("Content-Encoding")).isNull();
		assertThat(refused.getResponse().getContentAsByteArray()).isEqualTo(plain);
	}

	@Test
	void anAnswerFromMemoryStillRevalidatesWithItsETag() {
		String etag = mvc.get().uri("/therapies/olaparib").exchange().getResponse().getHeader("ETag");
		assertThat(mvc.get().uri("/therapies/olaparib").header("If-None-Match", etag))
			.hasStatus(HttpStatus.NOT_MODIFIED);
	}

	@Test
	void differentAnswersAndErrorsAreNotMixedUp() {
		assertThat(mvc.get().uri("/options?hr=positive&her2=positive")).hasStatusOk()
			.bodyText()
			.contains("data-slug=\"pertuzumab-trastuzumab-docetaxel\"");
		assertThat(mvc.get().uri("/options?hr=positive&her2=zero")).hasStatusOk()
			.bodyText()
			.doesNotContain("data-slug=\"pertuzumab-trastuzumab-docetaxel\"");
		assertThat(mvc.get().uri("/options?hr=maybe")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(mvc.get().uri("/options?hr=maybe")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(mvc.get().uri("/api/options?hr=positive&her2=zero")).hasStatusOk()
			.hasContentTypeCompatibleWith("application/json");
	}

}
