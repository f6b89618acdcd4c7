package org.mbcoptions.system;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Style sheets and scripts are served under addresses that carry a hash of their content
 * ({@code /css/site-<hash>.css}; templates write them through {@code @{...}}, which the
 * resource chain rewrites), so a browser may keep them for a year without asking again: a
 * changed file gets a new address.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourcesConfiguration implements WebMvcConfigurer {

	static final CacheControl FOR_A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : new String[] { "css", "js" }) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(FOR_A_YEAR)
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
	}

}
