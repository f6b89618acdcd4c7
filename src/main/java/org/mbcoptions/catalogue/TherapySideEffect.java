package org.mbcoptions.catalogue;

import org.hibernate.annotations.Immutable;
import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;

/**
 * A side effect of one therapy, with how common it is and whether it is serious (report
 * it at once).
 */
@Entity
@Immutable
@Table(name = "therapy_side_effect")
public class TherapySideEffect {

	/**
	 * How pages list side effects: serious ones first, then the most common, then by
	 * name.
	 */
	public static final java.util.Comparator<TherapySideEffect> BY_IMPORTANCE = java.util.Comparator
		.comparing(TherapySideEffect::isSerious, java.util.Comparator.reverseOrder())
		.thenComparing(TherapySideEffect::getFrequency)
		.thenComparing(t -> t.getSideEffect().getName());

	@EmbeddedId
	private Key id;

	@MapsId("therapyId")
	@ManyToOne(fetch = FetchType.LAZY)
	private Therapy therapy;

	@MapsId("sideEffectId")
	@ManyToOne(fetch = FetchType.LAZY)
	private SideEffect sideEffect;

	@Enumerated(EnumType.STRING)
	private Frequency frequency;

	private boolean serious;

	protected TherapySideEffect() {
	}

	public Therapy getTherapy() {
		return therapy;
	}

	public SideEffect getSideEffect() {
		return sideEffect;
	}

	public Frequency getFrequency() {
		return frequency;
	}

	public boolean isSerious() {
		return serious;
	}

	@Embeddable
	record Key(@Column(name = "therapy_id") Long therapyId,
			@Column(name = "side_effect_id") Long sideEffectId) implements Serializable {
	}

}
