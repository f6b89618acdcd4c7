package org.mbcoptions.catalogue;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

public interface ApprovalRepository extends Repository<Approval, Long> {

	@Query("select a from Approval a join fetch a.source where a.therapy.slug = :slug order by a.region")
	@Transactional(readOnly = true)
	List<Approval> findByTherapySlug(String slug);

	/** Every decision with its source and the uses it covers, for the results page. */
	@Query("select distinct a from Approval a join fetch a.source join fetch a.indications")
	@Transactional(readOnly = true)
	List<Approval> findAllWithUses();

}
