package org.mbcoptions.catalogue;

import org.hibernate.annotations.Immutable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.mbcoptions.model.Her2Set;
import org.mbcoptions.model.HrRequirement;

/**
 * One of the three main kinds of breast cancer, defined by its hormone-receptor status
 * and HER2 categories.
 */
@Entity
@Immutable
@Table(name = "subtype")
public class Subtype extends BaseEntity {

	private String slug;

	private String name;

	private String summary;

	@Enumerated(EnumType.STRING)
	private HrRequirement hrStatus;

	@Embedded
	private Her2Set her2;

	protected Subtype() {
	}

	public String getSlug() {
		return slug;
	}

	public String getName() {
		return name;
	}

	public String getSummary() {
		return summary;
	}

	public HrRequirement getHrStatus() {
		return hrStatus;
	}

	public Her2Set getHer2() {
		return her2;
	}

}
