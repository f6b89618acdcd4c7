package org.mbcoptions.content;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Boot's Flyway set-up picks up every {@code Callback} bean, so the content check runs
 * with every migration.
 */
@Configuration(proxyBeanMethods = false)
class ContentValidationConfiguration {

	@Bean
	ContentValidationCallback contentValidationCallback(Clock clock) {
		return new ContentValidationCallback(clock);
	}

}
