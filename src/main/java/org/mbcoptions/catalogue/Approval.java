package org.mbcoptions.catalogue;

import org.hibernate.annotations.Immutable;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * What one regulator or appraisal body decided about a therapy for metastatic breast
 * cancer, and the uses (indications) the decision is about.
 */
@Entity
@Immutable
@Table(name = "approval")
public class Approval extends BaseEntity {

	public enum Region {

		US_FDA, EU_EMA, UK_NICE

	}

	public enum Status {

		APPROVED, RECOMMENDED, MANAGED_ACCESS, NOT_RECOMMENDED, UNDER_REVIEW, NOT_APPROVED, WITHDRAWN

	}

	@ManyToOne(fetch = FetchType.LAZY)
	private Therapy therapy;

	@Enumerated(EnumType.STRING)
	private Region region;

	@Enumerated(EnumType.STRING)
	private Status status;

	private LocalDate decidedOn;

	private String note;

	@ManyToOne(fetch = FetchType.LAZY)
	private Source source;

	private LocalDate reviewedOn;

	/** The uses this decision is about: often not every use of the therapy. */
	@ManyToMany
	@JoinTable(name = "approval_indication", joinColumns = @JoinColumn(name = "approval_id"),
			inverseJoinColumns = @JoinColumn(name = "indication_id"))
	private Set<Indication> indications = new LinkedHashSet<>();

	protected Approval() {
	}

	public Region getRegion() {
		return region;
	}

	public Status getStatus() {
		return status;
	}

	public LocalDate getDecidedOn() {
		return decidedOn;
	}

	public String getNote() {
		return note;
	}

	public Source getSource() {
		return source;
	}

	public LocalDate getReviewedOn() {
		return reviewedOn;
	}

	public Set<Indication> getIndications() {
		return java.util.Collections.unmodifiableSet(indications);
	}

}
