package org.mbcoptions.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-memory answers stay within their byte budget, with counts of hits and evictions.
 */
class RenderCacheBudgetTest {

	private static RenderCache.Answer answerOf(int bytes) {
		return new RenderCache.Answer(new byte[bytes], new byte[0], "text/html", null, null, null);
	}

	@Test
	void staysWithinItsBudgetAndCountsWhatItDoes() {
		RenderCache cache = new RenderCache(3_000);
		cache.put("a", answerOf(600));
		for (int i = 0; i < 5; i++) {
			assertThat(cache.get("a")).isNotNull();
		}
		for (char key = 'b'; key <= 'k'; key++) {
			cache.put(String.valueOf(key), answerOf(600));
			assertThat(cache.bytes()).as("bytes after %s", key).isLessThanOrEqualTo(3_000);
		}
		assertThat(cache.size()).isBetween(1, 4);
		assertThat(cache.stats().evictionCount()).isPositive();
		assertThat(cache.stats().hitCount()).isGreaterThanOrEqualTo(5);
	}

	@Test
	void neverKeepsAnAnswerTooBigForTheBudget() {
		RenderCache cache = new RenderCache(3_000);
		cache.put("huge", answerOf(2_000));
		assertThat(cache.get("huge")).isNull();
		assertThat(cache.size()).isZero();
	}

}
