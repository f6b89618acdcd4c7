package org.mbcoptions.topic;

import org.mbcoptions.catalogue.Topic;
import org.mbcoptions.catalogue.TopicRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mbcoptions.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class TopicController {

	private final TopicRepository topics;

	TopicController(TopicRepository topics) {
		this.topics = topics;
	}

	@GetMapping("/topics")
	String list(Model model) {
		Map<Topic.Kind, List<TopicCard>> byKind = new LinkedHashMap<>();
		for (Topic topic : topics.findAllByOrderByKindAscTitleAsc()) {
			byKind.computeIfAbsent(topic.getKind(), k -> new ArrayList<>()).add(TopicCard.of(topic));
		}
		model.addAttribute("byKind", byKind);
		return "topics/topicList";
	}

	@GetMapping("/topics/{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAttribute("topic",
				topics.findBySlug(slug).map(TopicPage::of).orElseThrow(() -> new NotFoundException("topic " + slug)));
		return "topics/topicDetails";
	}

}
