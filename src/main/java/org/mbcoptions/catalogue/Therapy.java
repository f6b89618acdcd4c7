package org.mbcoptions.catalogue;

import org.hibernate.annotations.Immutable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.mbcoptions.model.TherapyCategory;

/**
 * A single drug or a named regimen of several drugs, as a patient would hear it named.
 */
@Entity
@Immutable
@Table(name = "therapy")
public class Therapy extends BaseEntity {

	private String slug;

	private String name;

	@ManyToOne(fetch = FetchType.LAZY)
	private DrugClass drugClass;

	@Enumerated(EnumType.STRING)
	private TherapyCategory category;

	private String summary;

	private String howItWorks;

	private String route;

	private String schedule;

	private LocalDate reviewedOn;

	// A set, not a list: pages fetch the drugs together with other collections in one
	// statement, and a fetched
	// list would repeat each drug once per joined row. getDrugs() gives them in regimen
	// order.
	@OneToMany(mappedBy = "therapy")
	private Set<TherapyDrug> drugs = new LinkedHashSet<>();

	@OneToMany(mappedBy = "therapy")
	private Set<TherapySideEffect> sideEffects = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "therapy_source", joinColumns = @JoinColumn(name = "therapy_id"),
			inverseJoinColumns = @JoinColumn(name = "source_id"))
	private Set<Source> sources = new LinkedHashSet<>();

	protected Therapy() {
	}

	public String getSlug() {
		return slug;
	}

	public String getName() {
		return name;
	}

	public DrugClass getDrugClass() {
		return drugClass;
	}

	public TherapyCategory getCategory() {
		return category;
	}

	public String getSummary() {
		return summary;
	}

	public String getHowItWorks() {
		return howItWorks;
	}

	public String getRoute() {
		return route;
	}

	public String getSchedule() {
		return schedule;
	}

	public LocalDate getReviewedOn() {
		return reviewedOn;
	}

	public List<TherapyDrug> getDrugs() {
		return drugs.stream().sorted(Comparator.comparingInt(TherapyDrug::getPosition)).toList();
	}

	public Set<TherapySideEffect> getSideEffects() {
		return java.util.Collections.unmodifiableSet(sideEffects);
	}

	public Set<Source> getSources() {
		return java.util.Collections.unmodifiableSet(sources);
	}

}
