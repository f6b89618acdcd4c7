package org.mbcoptions.catalogue;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

public interface TherapySideEffectRepository extends Repository<TherapySideEffect, Long> {

	@Query("""
			select tse from TherapySideEffect tse join fetch tse.therapy t join fetch tse.sideEffect
			where t.slug in :slugs""")
	@Transactional(readOnly = true)
	List<TherapySideEffect> findByTherapySlugIn(Collection<String> slugs);

	@Query("""
			select tse from TherapySideEffect tse join fetch tse.therapy t
			where tse.sideEffect.slug = :slug
			order by t.name""")
	@Transactional(readOnly = true)
	List<TherapySideEffect> findBySideEffectSlug(String slug);

}
