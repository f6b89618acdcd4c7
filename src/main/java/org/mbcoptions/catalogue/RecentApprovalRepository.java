package org.mbcoptions.catalogue;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

public interface RecentApprovalRepository extends Repository<RecentApproval, Long> {

	@Query("""
			select distinct r from RecentApproval r left join fetch r.biomarker left join fetch r.absentBiomarker
			left join fetch r.sources
			order by r.decidedOn desc, r.name""")
	@Transactional(readOnly = true)
	List<RecentApproval> findAllWithSources();

}
