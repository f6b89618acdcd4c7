package org.mbcoptions.therapy;

import org.mbcoptions.catalogue.Therapy;
import java.time.LocalDate;
import java.util.List;

/** A therapy as {@code GET /api/therapies} gives it. */
public record TherapyRecord(String slug, String name, List<String> drugs, List<String> brandNames, String drugClass,
		List<SourceRef> sources, LocalDate reviewedOn) {

	public record SourceRef(String url, String title) {
	}

	static TherapyRecord of(Therapy therapy) {
		TherapySummary summary = TherapySummary.of(therapy);
		return new TherapyRecord(therapy.getSlug(), therapy.getName(), summary.drugs(), summary.brandNames(),
				summary.drugClass(),
				therapy.getSources()
					.stream()
					.map(s -> new SourceRef(s.getUrl(), s.getTitle()))
					.sorted(java.util.Comparator.comparing(SourceRef::title).thenComparing(SourceRef::url))
					.toList(),
				therapy.getReviewedOn());
	}

}
