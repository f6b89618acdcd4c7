package org.mbcoptions.system;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Rendered answers kept in memory within a byte budget (Caffeine decides which leave,
 * favouring those asked for often and lately). The catalogue only changes when a
 * migration runs, which means a restart, so an answer stays right for as long as the
 * process lives; the key carries the date for the few pages that print it.
 */
final class RenderCache {

	/**
	 * One rendered answer: the body, the same body gzipped once (browsers all accept it,
	 * and compressing it again for every visitor would cost more than serving it), and
	 * the headers a replay needs.
	 */
	record Answer(byte[] body, byte[] gzipped, String contentType, @Nullable String contentLanguage,
			@Nullable String etag, @Nullable String cacheControl) {

		static Answer of(byte[] body, String contentType, @Nullable String contentLanguage, @Nullable String etag,
				@Nullable String cacheControl) {
			return new Answer(body, gzip(body), contentType, contentLanguage, etag, cacheControl);
		}

		private static byte[] gzip(byte[] body) {
			ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
			try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
				gzip.write(body);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return out.toByteArray();
		}

	}

	private final long maxBytes;

	private final Cache<String, Answer> answers;

	RenderCache(long maxBytes) {
		this.maxBytes = maxBytes;
		this.answers = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.weigher((String key, Answer answer) -> (int) Math.min(Integer.MAX_VALUE, sizeOf(key, answer)))
			// Evict in the thread that stores: the budget holds at once, not after a
			// background task.
			.executor(Runnable::run)
			.recordStats()
			.build();
	}

	@Nullable Answer get(String key) {
		return answers.getIfPresent(key);
	}

	void put(String key, Answer answer) {
		if (sizeOf(key, answer) > maxBytes / 4) {
			return;
		}
		answers.put(key, answer);
	}

	int size() {
		answers.cleanUp();
		return (int) answers.estimatedSize();
	}

	/** The bytes held now, as the budget counts them. */
	long bytes() {
		answers.cleanUp();
		return answers.policy().eviction().flatMap(e -> e.weightedSize().stream().boxed().findFirst()).orElse(0L);
	}

	long maxBytes() {
		return maxBytes;
	}

	CacheStats stats() {
		return answers.stats();
	}

	private static long sizeOf(String key, Answer answer) {
		return 2L * key.length() + answer.body().length + answer.gzipped().length + 64;
	}

}
