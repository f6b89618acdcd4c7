package org.mbcoptions.catalogue;

import org.hibernate.annotations.Immutable;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * A medical word with its plain meaning, and the spellings of it that pages recognise.
 */
@Entity
@Immutable
@Table(name = "glossary_term")
public class GlossaryTerm extends BaseEntity {

	private String slug;

	private String term;

	private String meaning;

	private LocalDate reviewedOn;

	@ElementCollection
	@CollectionTable(name = "glossary_form", joinColumns = @JoinColumn(name = "glossary_term_id"))
	@Column(name = "form")
	private Set<String> forms = new LinkedHashSet<>();

	protected GlossaryTerm() {
	}

	public String getSlug() {
		return slug;
	}

	public String getTerm() {
		return term;
	}

	public String getMeaning() {
		return meaning;
	}

	public LocalDate getReviewedOn() {
		return reviewedOn;
	}

	public Set<String> getForms() {
		return java.util.Collections.unmodifiableSet(forms);
	}

}
