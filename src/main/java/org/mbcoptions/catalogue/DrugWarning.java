package org.mbcoptions.catalogue;

import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;
import java.io.Serializable;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;

/**
 * A boxed warning or warning-and-precaution of a drug's current label, as a side effect;
 * every regimen holding the drug lists it (checked at start-up). {@code testBefore} names
 * a test to do before starting, if the label asks for one.
 */
@Entity
@Immutable
@Table(name = "drug_warning")
public class DrugWarning {

	@EmbeddedId
	private Key id;

	@MapsId("drugId")
	@ManyToOne(fetch = FetchType.LAZY)
	private Drug drug;

	@MapsId("sideEffectId")
	@ManyToOne(fetch = FetchType.LAZY)
	private SideEffect sideEffect;

	private boolean boxed;

	private @Nullable String testBefore;

	@ManyToOne(fetch = FetchType.LAZY)
	private Source source;

	private LocalDate reviewedOn;

	protected DrugWarning() {
	}

	public Drug getDrug() {
		return drug;
	}

	public SideEffect getSideEffect() {
		return sideEffect;
	}

	public boolean isBoxed() {
		return boxed;
	}

	public @Nullable String getTestBefore() {
		return testBefore;
	}

	public Source getSource() {
		return source;
	}

	public LocalDate getReviewedOn() {
		return reviewedOn;
	}

	@Embeddable
	record Key(@Column(name = "drug_id") Long drugId,
			@Column(name = "side_effect_id") Long sideEffectId) implements Serializable {
	}

}
