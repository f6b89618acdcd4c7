package org.mbcoptions.catalogue;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

public interface DrugCompanionRepository extends Repository<DrugCompanion, Long> {

	@Query("""
			select c from DrugCompanion c join fetch c.drug join fetch c.companionDrug join fetch c.source
			order by c.person, c.drug.name, c.companionDrug.name""")
	@Transactional(readOnly = true)
	List<DrugCompanion> findAllWithDrugs();

}
