package org.mbcoptions.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.zip.GZIPOutputStream;

/**
 * Rendered answers kept in memory, least recently used first out, within a byte budget. The catalogue only changes
 * when a migration runs, which means a restart, so an answer stays right for as long as the process lives; the key
 * carries the date for the few pages that print it.
 */
final class RenderCache {

	/**
	 * One rendered answer: the body, the same body gzipped once (browsers all accept it, and compressing it again for
	 * every visitor would cost more than serving it), and the headers a replay needs.
	 */
	record Answer(byte[] body, byte[] gzipped, String contentType, String contentLanguage, String etag,
			String cacheControl) {

		static Answer of(byte[] body, String contentType, String contentLanguage, String etag, String cacheControl) {
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

	private final ReentrantLock lock = new ReentrantLock();

	private final LinkedHashMap<String, Answer> answers = new LinkedHashMap<>(256, 0.75f, true);

	private long bytes;

	RenderCache(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	Answer get(String key) {
		lock.lock();
		try {
			return answers.get(key);
		}
		finally {
			lock.unlock();
		}
	}

	void put(String key, Answer answer) {
		long size = sizeOf(key, answer);
		if (size > maxBytes / 4) {
			return;
		}
		lock.lock();
		try {
			Answer old = answers.put(key, answer);
			bytes += size - (old == null ? 0 : sizeOf(key, old));
			var eldest = answers.entrySet().iterator();
			while (bytes > maxBytes && eldest.hasNext()) {
				Map.Entry<String, Answer> e = eldest.next();
				bytes -= sizeOf(e.getKey(), e.getValue());
				eldest.remove();
			}
		}
		finally {
			lock.unlock();
		}
	}

	int size() {
		lock.lock();
		try {
			return answers.size();
		}
		finally {
			lock.unlock();
		}
	}

	private static long sizeOf(String key, Answer answer) {
		return 2L * key.length() + answer.body().length + answer.gzipped().length + 64;
	}

}
