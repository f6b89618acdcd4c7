package org.mbcoptions.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /error} is where the server shows its error pages; asked for directly, by any
 * method, it has no error to show and would answer 500. It answers the friendly 404
 * instead (the error dispatch that follows is not filtered).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DirectErrorRequestFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !(path.equals("/error") || path.startsWith("/error/") || path.startsWith("/error."));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

}
