package org.mbcoptions.system;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves a page or JSON answer from memory when the same normalised request was answered
 * before. Only successful GET answers are kept; the key is the path and the parameters
 * pages read, in name order, so a link that picked up a tracking tag (or any parameter no
 * page reads) or lists the parameters in another order is the same answer. It sits
 * outside the ETag and cache-header filters and keeps what they computed, so a replay
 * costs no hashing; the security headers filter runs outside it, on every response.
 */
class RenderCacheFilter extends OncePerRequestFilter {

	private final RenderCache cache;

	private final Clock clock;

	RenderCacheFilter(RenderCache cache, Clock clock) {
		this.cache = cache;
		this.clock = clock;
	}

	/** For the tests: the store behind this filter. */
	RenderCache cache() {
		return cache;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !"GET".equals(request.getMethod()) || path.startsWith("/actuator") || path.startsWith("/css/")
				|| path.startsWith("/js/") || path.startsWith("/error");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		RenderCache.Answer cached = cache.get(key);
		if (cached != null) {
			replay(cached, request, response);
			return;
		}
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		if (wrapper.getStatus() == HttpServletResponse.SC_OK && wrapper.getContentType() != null
				&& !wrapper.containsHeader("Set-Cookie") && !request.isAsyncStarted()) {
			cache.put(key,
					RenderCache.Answer.of(wrapper.getContentAsByteArray(), wrapper.getContentType(),
							wrapper.getHeader("Content-Language"), wrapper.getHeader("ETag"),
							wrapper.getHeader("Cache-Control")));
		}
		wrapper.copyBodyToResponse();
	}

	private static void replay(RenderCache.Answer answer, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (answer.cacheControl() != null) {
			response.setHeader("Cache-Control", answer.cacheControl());
		}
		if (answer.etag() != null && new ServletWebRequest(request, response).checkNotModified(answer.etag())) {
			return;
		}
		response.setContentType(answer.contentType());
		if (answer.contentLanguage() != null) {
			response.setHeader("Content-Language", answer.contentLanguage());
		}
		response.addHeader("Vary", "Accept-Encoding");
		// Tomcat leaves an answer that already has a Content-Encoding as it is.
		byte[] body = acceptsGzip(request) ? answer.gzipped() : answer.body();
		if (body == answer.gzipped()) {
			response.setHeader("Content-Encoding", "gzip");
		}
		response.setContentLength(body.length);
		// One buffer for the whole answer: it leaves in one write instead of one per 8
		// KB.
		response.setBufferSize(body.length);
		response.getOutputStream().write(body);
	}

	private static boolean acceptsGzip(HttpServletRequest request) {
		for (var values = request.getHeaders("Accept-Encoding"); values.hasMoreElements();) {
			for (String coding : values.nextElement().split(",")) {
				String[] parts = coding.strip().split(";");
				boolean refused = parts.length > 1 && parts[parts.length - 1].strip().matches("q=0(\\.0*)?");
				if (parts[0].strip().equalsIgnoreCase("gzip") && !refused) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The parameters some page reads (the answers, search, compare); any other name
	 * cannot change an answer, so it is left out of the key: a link with a tracking tag,
	 * or a thousand made-up parameters, is the same entry. {@code RenderCacheTest} keeps
	 * this list in step with {@code ProfileParser.PARAMETERS}.
	 */
	static final Set<String> READ_PARAMETERS = Set.of("hr", "her2", "biomarker", "notFound", "menopause", "sex", "site",
			"region", "had", "q", "options", "from");

	/**
	 * Compare shows its columns in the order asked; for every other parameter the order
	 * of values does not matter.
	 */
	private static final String ORDERED = "options";

	/**
	 * Date, path and the parameters pages read, in name order, each one's values in a
	 * fixed order.
	 */
	String key(HttpServletRequest request) {
		StringBuilder key = new StringBuilder(LocalDate.now(clock).toString()).append(' ')
			.append(request.getRequestURI());
		Map<String, String[]> ours = new TreeMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (READ_PARAMETERS.contains(name) || name.startsWith("result.")) {
				String[] copy = values.clone();
				if (!ORDERED.equals(name)) {
					java.util.Arrays.sort(copy);
				}
				ours.put(name, copy);
			}
		});
		ours.forEach((name, values) -> {
			for (String value : values) {
				key.append('\u0000').append(name).append('=').append(value);
			}
		});
		return key.toString();
	}

}
