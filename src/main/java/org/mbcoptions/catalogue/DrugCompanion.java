package org.mbcoptions.catalogue;

import org.hibernate.annotations.Immutable;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.mbcoptions.model.Person;

/**
 * A drug that some people take only together with another: before menopause an aromatase
 * inhibitor or fulvestrant comes with ovarian suppression; in men an aromatase inhibitor
 * comes with a GnRH agent.
 */
@Entity
@Immutable
@Table(name = "drug_companion")
public class DrugCompanion extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY)
	private Drug drug;

	@Enumerated(EnumType.STRING)
	private Person person;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "companion_drug_id")
	private Drug companionDrug;

	@ManyToOne(fetch = FetchType.LAZY)
	private Source source;

	private LocalDate reviewedOn;

	protected DrugCompanion() {
	}

	public Drug getDrug() {
		return drug;
	}

	public Person getPerson() {
		return person;
	}

	public Drug getCompanionDrug() {
		return companionDrug;
	}

	public Source getSource() {
		return source;
	}

	public LocalDate getReviewedOn() {
		return reviewedOn;
	}

}
