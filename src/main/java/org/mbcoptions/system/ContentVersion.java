package org.mbcoptions.system;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.context.annotation.DependsOn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The content version is the newest Flyway script applied: content only changes through
 * scripts, so this names exactly which catalogue a printed handout came from. It is read
 * from Flyway's history table, not from {@code Flyway.info()}, which would scan and parse
 * every script again at start-up.
 */
@Component
@DependsOn("flywayInitializer")
public class ContentVersion {

	private final String version;

	public ContentVersion(DataSource dataSource) {
		List<String> newest = new JdbcTemplate(dataSource).queryForList("""
				select "version" from "flyway_schema_history"
				where "success" and "version" is not null
				order by "installed_rank" desc limit 1""", String.class);
		this.version = newest.isEmpty() ? "none" : "V" + newest.get(0);
	}

	public String get() {
		return version;
	}

}
