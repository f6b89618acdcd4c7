package org.mbcoptions.catalogue;

import org.hibernate.annotations.Immutable;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import org.mbcoptions.model.MenopauseRequirement;
import org.mbcoptions.model.MetastaticSite;
import org.mbcoptions.model.Preference;
import org.mbcoptions.model.SexRequirement;
import org.mbcoptions.model.TreatmentKind;
import org.mbcoptions.model.TreatmentLine;

/**
 * Evidence as a row: one situation in which a therapy is used, as its label or guideline
 * states it. Every biomarker of a row is required; "any of" is written as one row per
 * biomarker.
 */
@Entity
@Immutable
@Table(name = "indication")
public class Indication extends BaseEntity {

	private String code;

	@ManyToOne(fetch = FetchType.LAZY)
	private Therapy therapy;

	@Enumerated(EnumType.STRING)
	private HrRequirement hrStatus;

	@Embedded
	private Her2Set her2;

	@Enumerated(EnumType.STRING)
	private MenopauseRequirement menopause;

	@Enumerated(EnumType.STRING)
	private SexRequirement sex;

	@Enumerated(EnumType.STRING)
	private @Nullable MetastaticSite site;

	@Enumerated(EnumType.STRING)
	private TreatmentLine line;

	private String conditions;

	@Enumerated(EnumType.STRING)
	private Preference preference;

	/** The guideline behind a PREFERRED or SOME_PEOPLE preference; null for OTHER. */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "preference_source_id")
	private @Nullable Source preferenceSource;

	private LocalDate reviewedOn;

	@ManyToMany
	@JoinTable(name = "indication_biomarker", joinColumns = @JoinColumn(name = "indication_id"),
			inverseJoinColumns = @JoinColumn(name = "biomarker_id"))
	private Set<Biomarker> biomarkers = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "indication_biomarker_absent", joinColumns = @JoinColumn(name = "indication_id"),
			inverseJoinColumns = @JoinColumn(name = "biomarker_id"))
	private Set<Biomarker> absentBiomarkers = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "indication_source", joinColumns = @JoinColumn(name = "indication_id"),
			inverseJoinColumns = @JoinColumn(name = "source_id"))
	private Set<Source> sources = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "indication_prior_treatment", joinColumns = @JoinColumn(name = "indication_id"))
	private Set<PriorRequirement> priorTreatments = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "indication_not_after", joinColumns = @JoinColumn(name = "indication_id"))
	@Column(name = "treatment")
	@Enumerated(EnumType.STRING)
	private Set<TreatmentKind> notAfter = new LinkedHashSet<>();

	protected Indication() {
	}

	public String getCode() {
		return code;
	}

	public Therapy getTherapy() {
		return therapy;
	}

	public HrRequirement getHrStatus() {
		return hrStatus;
	}

	public Her2Set getHer2() {
		return her2;
	}

	public MenopauseRequirement getMenopause() {
		return menopause;
	}

	public SexRequirement getSex() {
		return sex;
	}

	public @Nullable MetastaticSite getSite() {
		return site;
	}

	public TreatmentLine getLine() {
		return line;
	}

	public String getConditions() {
		return conditions;
	}

	public Preference getPreference() {
		return preference;
	}

	public @Nullable Source getPreferenceSource() {
		return preferenceSource;
	}

	public LocalDate getReviewedOn() {
		return reviewedOn;
	}

	public Set<Biomarker> getBiomarkers() {
		return java.util.Collections.unmodifiableSet(biomarkers);
	}

	/** Biomarkers that must have been tested for and not found. */
	public Set<Biomarker> getAbsentBiomarkers() {
		return java.util.Collections.unmodifiableSet(absentBiomarkers);
	}

	public Set<Source> getSources() {
		return java.util.Collections.unmodifiableSet(sources);
	}

	/**
	 * What the label needs given before this use, as far as the treatment kinds can say
	 * it; empty if nothing.
	 */
	public Set<PriorRequirement> getPriorTreatments() {
		return java.util.Collections.unmodifiableSet(priorTreatments);
	}

	/** For a first-line use: the kinds that, once had, put this use behind the person. */
	public Set<TreatmentKind> getNotAfter() {
		return java.util.Collections.unmodifiableSet(notAfter);
	}

}
