package org.mbcoptions.topic;

import org.mbcoptions.catalogue.Topic;

/**
 * A care topic as lists show it (the topics page, and the results for people with spread
 * to a site).
 */
public record TopicCard(String slug, String title, String summary) {

	public static TopicCard of(Topic topic) {
		return new TopicCard(topic.getSlug(), topic.getTitle(), topic.getSummary());
	}

}
