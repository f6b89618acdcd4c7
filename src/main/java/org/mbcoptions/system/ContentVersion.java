package org.mbcoptions.system;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.springframework.stereotype.Component;

/**
 * The content version is the newest Flyway script applied: content only changes through scripts, so this names
 * exactly which catalogue a printed handout came from.
 */
@Component
public class ContentVersion {

	private final String version;

	public ContentVersion(Flyway flyway) {
		MigrationInfo current = flyway.info().current();
		this.version = current == null ? "none" : "V" + current.getVersion();
	}

	public String get() {
		return version;
	}

}
