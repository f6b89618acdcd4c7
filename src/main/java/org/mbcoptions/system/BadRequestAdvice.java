package org.mbcoptions.system;

import java.util.Locale;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Bad input and unknown slugs get a friendly page (or a JSON error under /api) that says
 * what went wrong and what is allowed. The value sent is never echoed back.
 */
@ControllerAdvice
class BadRequestAdvice {

	private final MessageSource messages;

	private final SiteInfo site;

	BadRequestAdvice(MessageSource messages, SiteInfo site) {
		this.messages = messages;
		this.site = site;
	}

	/**
	 * Error pages skip the usual model attributes, so the footer's facts are added here.
	 */
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
			ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid_parameter", message);
			problem.setProperty("parameter", ex.getParameter());
			problem.setProperty("allowedValues", ex.getAllowedValues());
			return answer(problem);
		}
		ModelAndView page = page("error/400", HttpStatus.BAD_REQUEST);
		page.addObject("parameter", ex.getParameter());
		page.addObject("allowedValues", ex.getAllowedValues());
		page.addObject("message", message);
		return page;
	}

	/**
	 * A text parameter longer than its {@code @Size} allows, found by Spring's method
	 * validation of the controller method: one length rule, declared where the parameter
	 * is.
	 */
	@ExceptionHandler(HandlerMethodValidationException.class)
	Object textTooLong(HandlerMethodValidationException ex, HttpServletRequest request, Locale locale) {
		ParameterValidationResult result = ex.getParameterValidationResults().get(0);
		RequestParam annotation = result.getMethodParameter().getParameterAnnotation(RequestParam.class);
		String parameter = annotation != null && !annotation.name().isEmpty() ? annotation.name()
				: result.getMethodParameter().getParameterName();
		Object max = result.getResolvableErrors()
			.stream()
			.map(error -> result.unwrap(error, ConstraintViolation.class))
			.map(violation -> violation.getConstraintDescriptor().getAttributes().get("max"))
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
		String message = messages.getMessage("error.400.textTooLong", new Object[] { parameter, max }, locale);
		if (isApi(request)) {
			ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid_parameter", message);
			problem.setProperty("parameter", parameter);
			problem.setProperty("maxLength", max);
			return answer(problem);
		}
		ModelAndView page = page("error/400", HttpStatus.BAD_REQUEST);
		page.addObject("message", message);
		return page;
	}

	@ExceptionHandler(AddressTooLongException.class)
	Object addressTooLong(HttpServletRequest request, Locale locale) {
		String message = messages.getMessage("error.400.tooLong", null, locale);
		if (isApi(request)) {
			return answer(problem(HttpStatus.BAD_REQUEST, "address_too_long", message));
		}
		ModelAndView page = page("error/400", HttpStatus.BAD_REQUEST);
		page.addObject("message", message);
		return page;
	}

	/**
	 * Tomcat could not decode the query string (e.g. "%ZZ"); nothing in it can be
	 * trusted, or logged.
	 */
	@ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
	Object undecodableQuery(HttpServletRequest request) {
		if (isApi(request)) {
			return answer(problem(HttpStatus.BAD_REQUEST, "undecodable_query",
					"The address has characters that cannot be decoded."));
		}
		return page("error/4xx", HttpStatus.BAD_REQUEST);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object methodNotAllowed(HttpServletRequest request) {
		if (isApi(request)) {
			return answer(problem(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed", "Only GET is answered here."));
		}
		return page("error/4xx", HttpStatus.METHOD_NOT_ALLOWED);
	}

	@ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class })
	Object notFound(HttpServletRequest request) {
		if (isApi(request)) {
			return answer(problem(HttpStatus.NOT_FOUND, "not_found", "There is nothing at this address."));
		}
		return page("error/404", HttpStatus.NOT_FOUND);
	}

	/**
	 * An API error in the standard form (RFC 9457, {@code application/problem+json}):
	 * {@code status}, {@code title}, {@code detail}, and our short {@code error} code,
	 * which stays the same when the wording changes.
	 */
	private static ProblemDetail problem(HttpStatus status, String error, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(status.getReasonPhrase());
		problem.setProperty("error", error);
		return problem;
	}

	private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith("/api/");
	}

}
