package org.mbcoptions.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The address people should type or scan to reach a page, from {@code app.public-url}.
 * Without it the app cannot know the address it is reached by (a request's own host may
 * be {@code localhost} or an internal name), so printed pages give the path only and no
 * QR code, and the start-up log says so once.
 */
@Component
public class PublicUrl {

	private static final Logger log = LoggerFactory.getLogger(PublicUrl.class);

	private final String configured;

	@org.springframework.beans.factory.annotation.Autowired
	public PublicUrl(AppProperties app) {
		this(app.publicUrl());
	}

	PublicUrl(String configured) {
		String trimmed = configured.strip();
		this.configured = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
	}

	public boolean isConfigured() {
		return !configured.isEmpty();
	}

	/**
	 * The full address of a path, or the path alone when no public address is configured.
	 */
	public String of(String path) {
		return configured + path;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warnIfNotConfigured() {
		if (!isConfigured()) {
			log.warn("app.public-url is not set: printed handouts show only the page's path and no QR code. "
					+ "Set it to the site's public address (for example https://example.org) in a deployment.");
		}
	}

}
