package org.mbcoptions.catalogue;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

public interface DrugClassRepository extends Repository<DrugClass, Long> {

	@Transactional(readOnly = true)
	Optional<DrugClass> findBySlug(String slug);

	@Transactional(readOnly = true)
	List<DrugClass> findAllByOrderByName();

}
