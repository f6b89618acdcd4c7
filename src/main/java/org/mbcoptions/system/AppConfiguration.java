package org.mbcoptions.system;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the {@code app.*} settings once, for every component that reads them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AppProperties.class)
class AppConfiguration {

}
