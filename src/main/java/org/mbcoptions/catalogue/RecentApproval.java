package org.mbcoptions.catalogue;

import org.hibernate.annotations.Immutable;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.mbcoptions.model.Her2Set;
import org.mbcoptions.model.HrRequirement;

/**
 * A treatment approved so recently that its label could not yet be checked: listed with
 * who it is for and what is not yet known, so that no approved treatment goes missing
 * from a patient's results while its page is prepared.
 */
@Entity
@Immutable
@Table(name = "recent_approval")
public class RecentApproval extends BaseEntity {

	private String slug;

	private String name;

	private String brandName;

	@Enumerated(EnumType.STRING)
	private Approval.Region region;

	private LocalDate decidedOn;

	private String forWhom;

	private String notYetChecked;

	@Enumerated(EnumType.STRING)
	private HrRequirement hrStatus;

	@Embedded
	private Her2Set her2;

	@ManyToOne(fetch = FetchType.LAZY)
	private @Nullable Biomarker biomarker;

	/**
	 * A biomarker that must have been tested for and not found (gedatolisib: no PIK3CA
	 * mutation).
	 */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "absent_biomarker_id")
	private @Nullable Biomarker absentBiomarker;

	private LocalDate reviewedOn;

	@ManyToMany
	@JoinTable(name = "recent_approval_source", joinColumns = @JoinColumn(name = "recent_approval_id"),
			inverseJoinColumns = @JoinColumn(name = "source_id"))
	private Set<Source> sources = new LinkedHashSet<>();

	protected RecentApproval() {
	}

	public String getSlug() {
		return slug;
	}

	public String getName() {
		return name;
	}

	public String getBrandName() {
		return brandName;
	}

	public Approval.Region getRegion() {
		return region;
	}

	public LocalDate getDecidedOn() {
		return decidedOn;
	}

	public String getForWhom() {
		return forWhom;
	}

	public String getNotYetChecked() {
		return notYetChecked;
	}

	public HrRequirement getHrStatus() {
		return hrStatus;
	}

	public Her2Set getHer2() {
		return her2;
	}

	public @Nullable Biomarker getBiomarker() {
		return biomarker;
	}

	public @Nullable Biomarker getAbsentBiomarker() {
		return absentBiomarker;
	}

	public LocalDate getReviewedOn() {
		return reviewedOn;
	}

	public Set<Source> getSources() {
		return java.util.Collections.unmodifiableSet(sources);
	}

}
