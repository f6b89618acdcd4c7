package org.mbcoptions.catalogue;

import org.hibernate.annotations.Immutable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.mbcoptions.model.MetastaticSite;

/**
 * A page of care beyond drugs: radiotherapy, surgery, supportive care, living with
 * secondary breast cancer.
 */
@Entity
@Immutable
@Table(name = "topic")
public class Topic extends BaseEntity {

	public enum Kind {

		LOCAL_TREATMENT, SUPPORTIVE_CARE, LIVING_WITH

	}

	private String slug;

	private String title;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	@Enumerated(EnumType.STRING)
	private @Nullable MetastaticSite site;

	private String summary;

	private String body;

	private LocalDate reviewedOn;

	@ManyToMany
	@JoinTable(name = "topic_source", joinColumns = @JoinColumn(name = "topic_id"),
			inverseJoinColumns = @JoinColumn(name = "source_id"))
	private Set<Source> sources = new LinkedHashSet<>();

	protected Topic() {
	}

	public String getSlug() {
		return slug;
	}

	public String getTitle() {
		return title;
	}

	public Kind getKind() {
		return kind;
	}

	public @Nullable MetastaticSite getSite() {
		return site;
	}

	public String getSummary() {
		return summary;
	}

	/** The body as paragraphs: editors separate them with a blank line. */
	public List<String> getParagraphs() {
		return Arrays.stream(body.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
	}

	public LocalDate getReviewedOn() {
		return reviewedOn;
	}

	public Set<Source> getSources() {
		return java.util.Collections.unmodifiableSet(sources);
	}

}
