package org.mbcoptions.system;

import java.sql.Date;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.mbcoptions.model.ReviewedTable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What every page's footer says about the content: its version, and the date of its
 * oldest review (the whole catalogue has been checked since then). Read once: content
 * changes only with a migration, that is a restart.
 */
@Component
public class SiteInfo {

	private final String contentVersion;

	private final @Nullable LocalDate reviewedOn;

	private final String feedbackEmail;

	public SiteInfo(ContentVersion contentVersion, DataSource dataSource, AppProperties app) {
		this.contentVersion = contentVersion.get();
		Date oldest = new JdbcTemplate(dataSource).queryForObject("select min(d) from (" + ReviewedTable.ALL.stream()
			.map(reviewed -> "select min(reviewed_on) d from " + reviewed.table())
			.collect(java.util.stream.Collectors.joining(" union all ")) + ") reviews", Date.class);
		this.reviewedOn = oldest == null ? null : oldest.toLocalDate();
		this.feedbackEmail = app.feedbackEmail();
	}

	public String contentVersion() {
		return contentVersion;
	}

	public @Nullable LocalDate reviewedOn() {
		return reviewedOn;
	}

	public String feedbackEmail() {
		return feedbackEmail;
	}

}
