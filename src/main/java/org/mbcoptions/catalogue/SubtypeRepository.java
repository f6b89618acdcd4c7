package org.mbcoptions.catalogue;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

public interface SubtypeRepository extends Repository<Subtype, Long> {

	@Transactional(readOnly = true)
	Optional<Subtype> findBySlug(String slug);

	@Transactional(readOnly = true)
	List<Subtype> findAllByOrderById();

}
