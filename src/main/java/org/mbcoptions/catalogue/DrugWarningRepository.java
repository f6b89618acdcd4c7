package org.mbcoptions.catalogue;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

public interface DrugWarningRepository extends Repository<DrugWarning, DrugWarning.Key> {

	@Query("""
			select w from DrugWarning w join fetch w.drug join fetch w.sideEffect join fetch w.source
			order by w.boxed desc, w.drug.name, w.sideEffect.name""")
	@Transactional(readOnly = true)
	List<DrugWarning> findAllWithDetails();

}
