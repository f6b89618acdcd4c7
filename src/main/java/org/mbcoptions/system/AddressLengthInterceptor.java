package org.mbcoptions.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Our longest real address (every answer given) is well under 1,000 characters. Anything
 * over {@link #MAX_ADDRESS_LENGTH} was cut, pasted twice or made up: it gets a 400 that
 * says the address is too long, as a page or as JSON under /api, before any parameter is
 * read. Tomcat accepts request lines up to {@code server.max-http-request-header-size},
 * so this answer covers addresses up to that size; beyond it,
 * {@link FriendlyErrorReportValve} answers with the same words.
 */
class AddressLengthInterceptor implements HandlerInterceptor {

	static final int MAX_ADDRESS_LENGTH = 4096;

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String query = request.getQueryString();
		int length = request.getRequestURI().length() + (query == null ? 0 : query.length() + 1);
		if (length > MAX_ADDRESS_LENGTH) {
			throw new AddressTooLongException();
		}
		return true;
	}

}
