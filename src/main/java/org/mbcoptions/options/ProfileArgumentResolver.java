package org.mbcoptions.options;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a controller method its {@link Profile} straight from the query string, read by
 * the strict {@link ProfileParser} (an unknown value of one of our parameters throws, and
 * becomes a 400 page or problem).
 */
class ProfileArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Profile.class;
	}

	@Override
	public Profile resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
			NativeWebRequest request, @Nullable WebDataBinderFactory binders) {
		return ProfileParser.parse(request.getParameterMap());
	}

}
