package org.mbcoptions.system;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.WebContentInterceptor;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Content only changes with a migration, so every answer carries an ETag and a browser or
 * proxy can revalidate it cheaply (304 Not Modified). Pages say "no-cache": keep, but ask
 * before reuse.
 */
@Configuration(proxyBeanMethods = false)
class HttpCachingConfiguration {

	// Right after the security headers: an answer from memory skips every other filter.
	private static final int RENDER_CACHE_ORDER = Ordered.HIGHEST_PRECEDENCE + 1;

	private static final int ETAG_ORDER = Ordered.LOWEST_PRECEDENCE - 10;

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> etagFilter() {
		ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter();
		// Tomcat will not compress a response with a strong ETag: the bytes differ once
		// gzipped.
		filter.setWriteWeakETag(true);
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/*");
		registration.setOrder(ETAG_ORDER);
		return registration;
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "app.render-cache.enabled", matchIfMissing = true)
	RenderCache renderCache(AppProperties app) {
		return new RenderCache(app.renderCache().maxBytes());
	}

	/**
	 * The render cache's counts on {@code /actuator/info}, to see that it works and stays
	 * within its budget.
	 */
	@Bean
	@ConditionalOnBooleanProperty(name = "app.render-cache.enabled", matchIfMissing = true)
	org.springframework.boot.actuate.info.InfoContributor renderCacheInfo(RenderCache renderCache) {
		return builder -> {
			var stats = renderCache.stats();
			builder.withDetail("renderCache",
					java.util.Map.of("entries", renderCache.size(), "bytes", renderCache.bytes(), "maxBytes",
							renderCache.maxBytes(), "hits", stats.hitCount(), "misses", stats.missCount(), "hitRate",
							stats.hitRate(), "evictions", stats.evictionCount()));
		};
	}

	/**
	 * Outside the ETag and cache-header filters: an answer from memory carries the ETag
	 * they computed.
	 */
	@Bean
	@ConditionalOnBooleanProperty(name = "app.render-cache.enabled", matchIfMissing = true)
	FilterRegistrationBean<RenderCacheFilter> renderCacheFilter(Clock clock, RenderCache renderCache) {
		FilterRegistrationBean<RenderCacheFilter> registration = new FilterRegistrationBean<>(
				new RenderCacheFilter(renderCache, clock));
		registration.addUrlPatterns("/*");
		registration.setOrder(RENDER_CACHE_ORDER);
		return registration;
	}

	/**
	 * Every page, JSON answer and error says "no-cache" (keep it, but revalidate with the
	 * ETag before reuse); style sheets and scripts are left to their own year-long
	 * caching (StaticResourcesConfiguration).
	 */
	@Bean
	WebMvcConfigurer revalidatePages() {
		return new WebMvcConfigurer() {
			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				WebContentInterceptor pages = new WebContentInterceptor();
				pages.setCacheControl(CacheControl.noCache());
				registry.addInterceptor(pages).excludePathPatterns("/css/**", "/js/**");
			}
		};
	}

}
