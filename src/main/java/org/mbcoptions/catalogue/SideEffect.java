package org.mbcoptions.catalogue;

import org.hibernate.annotations.Immutable;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Immutable
@Table(name = "side_effect")
public class SideEffect extends BaseEntity {

	private String slug;

	private String name;

	private String explanation;

	protected SideEffect() {
	}

	public String getSlug() {
		return slug;
	}

	public String getName() {
		return name;
	}

	public String getExplanation() {
		return explanation;
	}

}
