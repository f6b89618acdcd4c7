package org.mbcoptions.catalogue;

import org.hibernate.annotations.Immutable;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Immutable
@Table(name = "drug_class")
public class DrugClass extends BaseEntity {

	private String slug;

	private String name;

	private String summary;

	protected DrugClass() {
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

}
