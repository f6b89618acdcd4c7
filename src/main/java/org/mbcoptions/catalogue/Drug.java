package org.mbcoptions.catalogue;

import org.hibernate.annotations.Immutable;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * One medicine by its generic name (lower case, without US suffixes), with the brand
 * names it is sold under.
 */
@Entity
@Immutable
@Table(name = "drug")
public class Drug extends BaseEntity {

	private String name;

	@ElementCollection
	@CollectionTable(name = "drug_brand_name", joinColumns = @JoinColumn(name = "drug_id"))
	@Column(name = "brand_name")
	@OrderBy
	private Set<String> brandNames = new TreeSet<>();

	protected Drug() {
	}

	public String getName() {
		return name;
	}

	public Set<String> getBrandNames() {
		return java.util.Collections.unmodifiableSet(brandNames);
	}

}
