package org.mbcoptions.catalogue;

import org.hibernate.annotations.Immutable;
import java.time.LocalDate;

import org.mbcoptions.model.SourceLink;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A document that supports a fact: a label, an approval notice, an appraisal or a
 * guideline.
 */
@Entity
@Immutable
@Table(name = "source")
public class Source extends BaseEntity {

	private String code;

	private String url;

	private String title;

	private String publisher;

	private LocalDate publishedOn;

	protected Source() {
	}

	public String getCode() {
		return code;
	}

	public String getUrl() {
		return url;
	}

	public String getTitle() {
		return title;
	}

	public String getPublisher() {
		return publisher;
	}

	public LocalDate getPublishedOn() {
		return publishedOn;
	}

	/** The plain value pages show, so templates never hold an entity. */
	public SourceLink link() {
		return new SourceLink(url, title, publisher, publishedOn);
	}

}
