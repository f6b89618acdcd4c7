package org.mbcoptions.catalogue;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

public interface GlossaryTermRepository extends Repository<GlossaryTerm, Long> {

	@Query("select distinct t from GlossaryTerm t left join fetch t.forms order by t.term")
	@Transactional(readOnly = true)
	List<GlossaryTerm> findAllWithForms();

}
