package org.mbcoptions.catalogue;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

public interface SideEffectRepository extends Repository<SideEffect, Long> {

	@Transactional(readOnly = true)
	Optional<SideEffect> findBySlug(String slug);

	@Transactional(readOnly = true)
	List<SideEffect> findAllByOrderByName();

}
