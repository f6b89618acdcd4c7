package org.mbcoptions.catalogue;

import org.hibernate.annotations.Immutable;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * What one regulator or appraisal body decided about a therapy for metastatic breast
 * cancer.
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

}
