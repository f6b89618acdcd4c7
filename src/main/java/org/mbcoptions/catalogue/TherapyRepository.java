package org.mbcoptions.catalogue;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

public interface TherapyRepository extends Repository<Therapy, Long> {

	/**
	 * Every therapy with its group, drugs and brand names: what the A to Z list and
	 * search show.
	 */
	@Query("""
			select t from Therapy t join fetch t.drugClass
			left join fetch t.drugs td left join fetch td.drug d left join fetch d.brandNames
			order by lower(t.name)""")
	@Transactional(readOnly = true)
	List<Therapy> findAllWithDrugs();

	/**
	 * As {@link #findAllWithDrugs()}, with the sources and side effects: what the JSON
	 * API and the review report show.
	 */
	@Query("""
			select t from Therapy t join fetch t.drugClass
			left join fetch t.drugs td left join fetch td.drug d left join fetch d.brandNames
			left join fetch t.sources
			left join fetch t.sideEffects tse left join fetch tse.sideEffect
			order by lower(t.name)""")
	@Transactional(readOnly = true)
	List<Therapy> findAllWithDrugsAndSources();

	/**
	 * One therapy with everything its page shows but its indications and approvals, in
	 * one statement.
	 */
	@Query("""
			select t from Therapy t join fetch t.drugClass
			left join fetch t.drugs td left join fetch td.drug d left join fetch d.brandNames
			left join fetch t.sources
			left join fetch t.sideEffects tse left join fetch tse.sideEffect
			where t.slug = :slug""")
	@Transactional(readOnly = true)
	Optional<Therapy> findBySlug(String slug);

	@Query("""
			select t from Therapy t join fetch t.drugClass c
			left join fetch t.drugs td left join fetch td.drug d left join fetch d.brandNames
			where c.slug = :slug
			order by t.name""")
	@Transactional(readOnly = true)
	List<Therapy> findByDrugClassSlugOrderByName(String slug);

	/**
	 * The therapies compared side by side, with their side effects and drugs (for their
	 * label warnings).
	 */
	@Query("""
			select distinct t from Therapy t
			left join fetch t.sideEffects tse left join fetch tse.sideEffect
			left join fetch t.drugs td left join fetch td.drug
			where t.slug in :slugs""")
	@Transactional(readOnly = true)
	List<Therapy> findWithSideEffectsBySlugIn(Collection<String> slugs);

}
