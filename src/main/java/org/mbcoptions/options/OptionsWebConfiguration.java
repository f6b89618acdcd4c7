package org.mbcoptions.options;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets the results page and the JSON API take a {@link Profile} argument. */
@Configuration(proxyBeanMethods = false)
class OptionsWebConfiguration implements WebMvcConfigurer {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new ProfileArgumentResolver());
	}

}
