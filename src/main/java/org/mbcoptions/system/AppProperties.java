package org.mbcoptions.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every {@code app.*} setting in one place, with its default written once
 * (application.properties documents them for a deployment).
 *
 * @param publicUrl the site's public address, printed on handouts with a QR code; empty:
 * the path only, no code
 * @param feedbackEmail where visitors report a mistake; empty: the About page names the
 * project's editors instead
 * @param renderCache the in-memory store of rendered answers
 */
@ConfigurationProperties("app")
public record AppProperties(@DefaultValue("") String publicUrl, @DefaultValue("") String feedbackEmail,
		@DefaultValue RenderCacheSettings renderCache) {

	/**
	 * @param enabled whether rendered answers are kept (read by a condition too, so it is
	 * also a plain property)
	 * @param maxBytes the most bytes the store holds
	 */
	public record RenderCacheSettings(@DefaultValue("true") boolean enabled, @DefaultValue("16000000") long maxBytes) {
	}

}
