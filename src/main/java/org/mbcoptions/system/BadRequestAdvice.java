package org.mbcoptions.system;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Bad input and unknown slugs get a friendly page (or a JSON error under /api) that says what went wrong and
 * what is allowed. The value sent is never echoed back.
 */
@ControllerAdvice
class BadRequestAdvice {

	private final MessageSource messages;

	private final SiteInfo site;

	BadRequestAdvice(MessageSource messages, SiteInfo site) {
		this.messages = messages;
		this.site = site;
	}

	/** Error pages skip the usual model attributes, so the footer's facts are added here. */
	private ModelAndView page(String view, HttpStatus status) {
		ModelAndView page = new ModelAndView(view, status);
		page.addObject("site", site);
		return page;
	}

	@ExceptionHandler(InvalidParameterException.class)
	Object invalidParameter(InvalidParameterException ex, HttpServletRequest request, Locale locale) {
		String message = messages.getMessage(ex.getMessageKey(),
				new Object[] { ex.getParameter(), String.join(", ", ex.getAllowedValues()) }, locale);
		if (isApi(request)) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("status", 400);
			body.put("error", "invalid_parameter");
			body.put("parameter", ex.getParameter());
			body.put("allowedValues", ex.getAllowedValues());
			body.put("message", message);
			return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(body);
		}
		ModelAndView page = page("error/400", HttpStatus.BAD_REQUEST);
		page.addObject("parameter", ex.getParameter());
		page.addObject("allowedValues", ex.getAllowedValues());
		page.addObject("message", message);
		return page;
	}

	@ExceptionHandler(AddressTooLongException.class)
	Object addressTooLong(HttpServletRequest request, Locale locale) {
		String message = messages.getMessage("error.400.tooLong", null, locale);
		if (isApi(request)) {
			return ResponseEntity.badRequest()
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("status", 400, "error", "address_too_long", "message", message));
		}
		ModelAndView page = page("error/400", HttpStatus.BAD_REQUEST);
		page.addObject("message", message);
		return page;
	}

	/** Tomcat could not decode the query string (e.g. "%ZZ"); nothing in it can be trusted, or logged. */
	@ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
	Object undecodableQuery(HttpServletRequest request) {
		if (isApi(request)) {
			return ResponseEntity.badRequest()
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("status", 400, "error", "undecodable_query", "message",
						"The address has characters that cannot be decoded."));
		}
		return page("error/4xx", HttpStatus.BAD_REQUEST);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object methodNotAllowed(HttpServletRequest request) {
		if (isApi(request)) {
			return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("status", 405, "error", "method_not_allowed"));
		}
		return page("error/4xx", HttpStatus.METHOD_NOT_ALLOWED);
	}

	@ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class })
	Object notFound(HttpServletRequest request) {
		if (isApi(request)) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("status", 404, "error", "not_found"));
		}
		return page("error/404", HttpStatus.NOT_FOUND);
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith("/api/");
	}

}
