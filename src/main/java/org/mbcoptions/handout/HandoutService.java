package org.mbcoptions.handout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.mbcoptions.model.Her2Category;
import org.mbcoptions.model.TreatmentLine;
import org.mbcoptions.subtype.SubtypeOption;
import org.mbcoptions.subtype.SubtypePage;
import org.mbcoptions.subtype.SubtypeService;
import org.mbcoptions.system.ContentVersion;
import org.mbcoptions.therapy.KeySideEffects;
import org.mbcoptions.catalogue.TherapySideEffectRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class HandoutService {

	private static final int KEY_SIDE_EFFECTS = 2;

	private final SubtypeService subtypes;

	private final TherapySideEffectRepository sideEffects;

	private final ContentVersion contentVersion;

	HandoutService(SubtypeService subtypes, TherapySideEffectRepository sideEffects, ContentVersion contentVersion) {
		this.subtypes = subtypes;
		this.sideEffects = sideEffects;
		this.contentVersion = contentVersion;
	}

	@Transactional(readOnly = true)
	HandoutPage handout(String slug) {
		SubtypePage page = subtypes.page(slug);
		List<SubtypeOption> all = Stream
			.of(page.byLine().values().stream().flatMap(List::stream), page.siteSpecific().stream(),
					page.rareChanges().stream())
			.flatMap(Function.identity())
			.toList();
		Set<String> slugs = all.stream().map(SubtypeOption::slug).collect(Collectors.toSet());
		Map<String, List<String>> keySideEffects = KeySideEffects.bySlug(sideEffects.findByTherapySlugIn(slugs),
				KEY_SIDE_EFFECTS);
		Function<SubtypeOption, HandoutPage.Item> item = o -> new HandoutPage.Item(o.slug(), o.name(),
				brief(withoutFinalStop(o.route())),
				keySideEffects.getOrDefault(o.slug(), List.of()).stream().map(HandoutService::brief).toList(),
				o.needsOneOf().stream().map(b -> org.mbcoptions.model.PlainText.midSentence(b.name())).toList(),
				o.hrPositiveOnly(), o.alsoGivenFor(), o.preferred(), o.her2Only());

		Map<TreatmentLine, List<HandoutPage.Item>> byLine = new EnumMap<>(TreatmentLine.class);
		page.byLine().forEach((line, options) -> byLine.put(line, options.stream().map(item).toList()));
		LocalDate reviewed = all.stream().map(SubtypeOption::reviewedOn).min(LocalDate::compareTo).orElse(null);
		boolean her2Question = page.subtype().her2().contains(Her2Category.ZERO);
		return new HandoutPage(page.subtype(), byLine, page.siteSpecific().stream().map(item).toList(),
				page.rareChanges().stream().map(item).toList(), tests(all), her2Question, reviewed,
				contentVersion.get());
	}

	/**
	 * Two sheets leave no room for the medical names in brackets ("low white blood cells
	 * (neutropenia)"): the handout keeps the plain words; the live page, one QR scan
	 * away, has both.
	 */
	static String brief(String text) {
		return text.replaceAll("\\s*\\([^)]*\\)", "").strip();
	}

	/** The handout adds its own full stop after the route. */
	private static String withoutFinalStop(String text) {
		return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
	}

	/**
	 * The biomarker tests that open options for this subtype, each with the options it
	 * opens.
	 */
	private static List<HandoutPage.Test> tests(List<SubtypeOption> options) {
		Map<String, Set<String>> opens = new LinkedHashMap<>();
		Map<String, String> names = new LinkedHashMap<>();
		for (SubtypeOption option : options) {
			if (option.anySubtype()) {
				continue;
			}
			for (SubtypeOption.BiomarkerRef biomarker : option.needsOneOf()) {
				names.put(biomarker.slug(), biomarker.name());
				opens.computeIfAbsent(biomarker.slug(), k -> new LinkedHashSet<>()).add(option.name());
			}
		}
		List<HandoutPage.Test> tests = new ArrayList<>();
		opens.forEach((slug, therapies) -> tests
			.add(new HandoutPage.Test(java.util.Objects.requireNonNull(names.get(slug)), List.copyOf(therapies))));
		return tests;
	}

}
