package org.mbcoptions.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Content only changes with a migration, so every answer carries an ETag and a browser or proxy can revalidate
 * it cheaply (304 Not Modified). Pages say "no-cache": keep, but ask before reuse.
 */
@Configuration(proxyBeanMethods = false)
class HttpCachingConfiguration {

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> etagFilter() {
		ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter();
		// Tomcat will not compress a response with a strong ETag: the bytes differ once gzipped.
		filter.setWriteWeakETag(true);
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/*");
		return registration;
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> revalidatePages() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {
					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, java.io.IOException {
						if (!request.getRequestURI().startsWith("/css/") && !request.getRequestURI().startsWith("/js/")) {
							response.setHeader("Cache-Control", "no-cache");
						}
						chain.doFilter(request, response);
					}
				});
		registration.addUrlPatterns("/*");
		return registration;
	}

}
