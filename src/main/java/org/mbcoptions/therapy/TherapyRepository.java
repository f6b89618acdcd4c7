package org.mbcoptions.therapy;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

public interface TherapyRepository extends Repository<Therapy, Long> {

	@Query("select t from Therapy t join fetch t.drugClass order by lower(t.name)")
	@Transactional(readOnly = true)
	List<Therapy> findAllWithDrugClass();

	@Query("select t from Therapy t join fetch t.drugClass where t.slug = :slug")
	@Transactional(readOnly = true)
	Optional<Therapy> findBySlug(String slug);

	@Transactional(readOnly = true)
	List<Therapy> findByDrugClassSlugOrderByName(String slug);

	@Transactional(readOnly = true)
	List<Therapy> findBySlugIn(Collection<String> slugs);

}
