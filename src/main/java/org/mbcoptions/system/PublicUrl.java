package org.mbcoptions.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address people should type or scan to reach a page. Set {@code app.public-url} where the site runs behind a
 * proxy; otherwise the address of the current request is used.
 */
@Component
public class PublicUrl {

	private final String configured;

	public PublicUrl(@Value("${app.public-url:}") String configured) {
		this.configured = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
	}

	public String of(String path) {
		String base = configured.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
				: configured;
		return base + path;
	}

}
