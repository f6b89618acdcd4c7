package org.mbcoptions.catalogue;

import org.hibernate.annotations.Immutable;
import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;

/** A drug's place in a regimen: position 1 is the drug the regimen is named after. */
@Entity
@Immutable
@Table(name = "therapy_drug")
public class TherapyDrug {

	@EmbeddedId
	private Key id;

	@MapsId("therapyId")
	@ManyToOne(fetch = FetchType.LAZY)
	private Therapy therapy;

	@MapsId("drugId")
	@ManyToOne(fetch = FetchType.LAZY)
	private Drug drug;

	private int position;

	protected TherapyDrug() {
	}

	public Drug getDrug() {
		return drug;
	}

	public int getPosition() {
		return position;
	}

	@Embeddable
	record Key(@Column(name = "therapy_id") Long therapyId,
			@Column(name = "drug_id") Long drugId) implements Serializable {
	}

}
