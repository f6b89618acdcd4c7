package org.mbcoptions.catalogue;

import org.hibernate.annotations.Immutable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A gene change or protein result that some options require; {@code code} is the value
 * used in URLs.
 */
@Entity
@Immutable
@Table(name = "biomarker")
public class Biomarker extends BaseEntity {

	private String code;

	private String slug;

	private String name;

	private String explanation;

	@Enumerated(EnumType.STRING)
	private TestMethod testMethod;

	private String howTested;

	protected Biomarker() {
	}

	public String getCode() {
		return code;
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

	public TestMethod getTestMethod() {
		return testMethod;
	}

	public String getHowTested() {
		return howTested;
	}

}
