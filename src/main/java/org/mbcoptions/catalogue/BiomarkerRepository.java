package org.mbcoptions.catalogue;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

public interface BiomarkerRepository extends Repository<Biomarker, Long> {

	@Transactional(readOnly = true)
	Optional<Biomarker> findBySlug(String slug);

	@Transactional(readOnly = true)
	List<Biomarker> findAllByOrderByName();

}
