package org.mbcoptions.catalogue;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

public interface IndicationRepository extends Repository<Indication, Long> {

	/**
	 * Every indication with what the filter and the results need (its therapy's drugs
	 * too), in one statement.
	 */
	@Query("""
			select distinct i from Indication i
			join fetch i.therapy t
			left join fetch t.drugs td
			left join fetch td.drug d
			left join fetch d.brandNames
			left join fetch i.biomarkers
			left join fetch i.absentBiomarkers
			left join fetch i.preferenceSource
			left join fetch i.priorTreatments
			left join fetch i.notAfter
			order by i.code""")
	@Transactional(readOnly = true)
	List<Indication> findAllForMatching();

	@Query("""
			select distinct i from Indication i
			left join fetch i.biomarkers
			left join fetch i.absentBiomarkers
			left join fetch i.sources
			where i.therapy.slug = :slug
			order by i.code""")
	@Transactional(readOnly = true)
	List<Indication> findByTherapySlug(String slug);

	@Query("""
			select distinct i from Indication i
			join fetch i.therapy t
			join i.biomarkers b
			where b.slug = :slug
			order by t.name""")
	@Transactional(readOnly = true)
	List<Indication> findByBiomarkerSlug(String slug);

}
