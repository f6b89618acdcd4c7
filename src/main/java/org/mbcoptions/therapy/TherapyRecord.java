package org.mbcoptions.therapy;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.mbcoptions.advice.SideEffectActions;
import org.mbcoptions.catalogue.Therapy;
import org.mbcoptions.catalogue.TherapySideEffect;

/** A therapy as {@code GET /api/therapies} gives it. */
public record TherapyRecord(String slug, String name, List<String> drugs, List<String> brandNames, String drugClass,
		List<SourceRef> sources, LocalDate reviewedOn, List<SideEffectRef> sideEffects) {

	public record SourceRef(String url, String title) {
	}

	/**
	 * A side effect of the therapy. {@code urgency}, {@code notice} and {@code action}
	 * are its most urgent level ({@code call-now}, {@code call-today} or
	 * {@code mention}), null where none is written up yet; {@code whatToDo} has every
	 * level with its sources.
	 */
	public record SideEffectRef(String slug, String name, String frequency, boolean serious, @Nullable String urgency,
			@Nullable String notice, @Nullable String action, List<ActionRef> whatToDo) {
	}

	public record ActionRef(String urgency, String notice, String action, List<SourceRef> sources) {
	}

	static SideEffectRef sideEffect(TherapySideEffect tse, SideEffectActions actions) {
		List<ActionRef> levels = actions.of(tse.getSideEffect().getSlug())
			.stream()
			.map(a -> new ActionRef(a.urgency().code(), a.notice(), a.action(),
					a.sources().stream().map(s -> new SourceRef(s.url(), s.title())).toList()))
			.toList();
		ActionRef first = levels.isEmpty() ? null : levels.get(0);
		return new SideEffectRef(tse.getSideEffect().getSlug(), tse.getSideEffect().getName(),
				tse.getFrequency().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), tse.isSerious(),
				first == null ? null : first.urgency(), first == null ? null : first.notice(),
				first == null ? null : first.action(), levels);
	}

	static TherapyRecord of(Therapy therapy, SideEffectActions actions) {
		TherapySummary summary = TherapySummary.of(therapy);
		return new TherapyRecord(therapy.getSlug(), therapy.getName(), summary.drugs(), summary.brandNames(),
				summary.drugClass(),
				therapy.getSources()
					.stream()
					.map(s -> new SourceRef(s.getUrl(), s.getTitle()))
					.sorted(java.util.Comparator.comparing(SourceRef::title).thenComparing(SourceRef::url))
					.toList(),
				therapy.getReviewedOn(),
				therapy.getSideEffects()
					.stream()
					.sorted(TherapySideEffect.BY_IMPORTANCE)
					.map(tse -> sideEffect(tse, actions))
					.toList());
	}

}
