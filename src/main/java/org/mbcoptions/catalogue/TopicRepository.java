package org.mbcoptions.catalogue;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.mbcoptions.model.MetastaticSite;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

public interface TopicRepository extends Repository<Topic, Long> {

	@Query("select distinct t from Topic t left join fetch t.sources where t.slug = :slug")
	@Transactional(readOnly = true)
	Optional<Topic> findBySlug(String slug);

	@Transactional(readOnly = true)
	List<Topic> findAllByOrderByKindAscTitleAsc();

	@Transactional(readOnly = true)
	List<Topic> findBySiteInOrderByTitle(Collection<MetastaticSite> sites);

}
