package org.mbcoptions.topic;

import java.time.LocalDate;
import java.util.List;

import org.mbcoptions.catalogue.Source;
import org.mbcoptions.catalogue.Topic;
import org.mbcoptions.model.SourceLink;

/**
 * What a care topic's page shows: plain values copied out of the entity (open-in-view is
 * off).
 */
record TopicPage(String slug, String title, String summary, List<String> paragraphs, List<SourceLink> sources,
		LocalDate reviewedOn) {

	static TopicPage of(Topic topic) {
		return new TopicPage(topic.getSlug(), topic.getTitle(), topic.getSummary(), topic.getParagraphs(),
				topic.getSources().stream().map(Source::link).toList(), topic.getReviewedOn());
	}

}
