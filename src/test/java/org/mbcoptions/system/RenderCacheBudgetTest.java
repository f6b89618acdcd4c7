package org.mbcoptions.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-memory answers stay within their byte budget, dropping the least recently used first. */
class RenderCacheBudgetTest {

	private static RenderCache.Answer answerOf(int bytes) {
		return new RenderCache.Answer(new byte[bytes], new byte[0], "text/html", null, null, null);
	}

	@Test
	void dropsTheLeastRecentlyUsedAnswerWhenOverBudget() {
		RenderCache cache = new RenderCache(3_000);
		cache.put("a", answerOf(600));
		cache.put("b", answerOf(600));
		cache.put("c", answerOf(600));
		cache.get("a");
		cache.put("d", answerOf(600));
		cache.put("e", answerOf(600));
		assertThat(cache.get("b")).isNull();
		assertThat(cache.get("a")).isNotNull();
		assertThat(cache.get("e")).isNotNull();
	}

	@Test
	void neverKeepsAnAnswerTooBigForTheBudget() {
		RenderCache cache = new RenderCache(3_000);
		cache.put("huge", answerOf(2_000));
		assertThat(cache.get("huge")).isNull();
		assertThat(cache.size()).isZero();
	}

}
