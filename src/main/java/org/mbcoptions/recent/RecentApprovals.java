package org.mbcoptions.recent;

import org.jspecify.annotations.Nullable;
import org.mbcoptions.catalogue.RecentApproval;
import org.mbcoptions.catalogue.Source;
import org.mbcoptions.catalogue.RecentApprovalRepository;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.mbcoptions.model.Her2Category;
import org.mbcoptions.model.HrRequirement;
import org.mbcoptions.model.SourceLink;
import org.mbcoptions.catalogue.Approval;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The recent approvals, read once when the app starts: like the glossary, they change
 * only when a seed script is applied, which needs a restart, so the results page can show
 * them without another database statement.
 */
@Component
public class RecentApprovals implements SmartInitializingSingleton {

	/**
	 * One recent approval as pages show it. The biomarker code is null when none is
	 * required; the absent biomarker code is null unless a test must have found no
	 * change.
	 */
	public record Entry(String slug, String name, String brandName, Approval.Region region, LocalDate decidedOn,
			String forWhom, String notYetChecked, HrRequirement hr, Set<Her2Category> her2,
			@Nullable String biomarkerCode, @Nullable String absentBiomarkerCode, List<SourceLink> sources) {

		public Entry {
			her2 = Set.copyOf(her2);
			sources = List.copyOf(sources);
		}

	}

	private final RecentApprovalRepository repository;

	private volatile List<Entry> entries = List.of();

	RecentApprovals(RecentApprovalRepository repository) {
		this.repository = repository;
	}

	@Override
	public void afterSingletonsInstantiated() {
		load(repository.findAllWithSources().stream().map(RecentApprovals::entry).toList());
	}

	void load(List<Entry> loaded) {
		entries = List.copyOf(loaded);
	}

	/** All recent approvals, newest first. */
	public List<Entry> entries() {
		return entries;
	}

	/**
	 * Those that apply to some of a subtype's cancers: its HR status, and at least one of
	 * its HER2 categories.
	 */
	public List<Entry> forSubtype(HrRequirement hr, Set<Her2Category> her2) {
		return entries.stream()
			.filter(e -> e.hr() == HrRequirement.ANY || hr == HrRequirement.ANY || e.hr() == hr)
			.filter(e -> e.her2().stream().anyMatch(her2::contains))
			.toList();
	}

	private static Entry entry(RecentApproval r) {
		// Copied out of JPA: entries outlive the transaction that read them.
		List<SourceLink> links = r.getSources()
			.stream()
			.map(Source::link)
			.sorted(Comparator.comparing(SourceLink::title))
			.toList();
		return new Entry(r.getSlug(), r.getName(), r.getBrandName(), r.getRegion(), r.getDecidedOn(), r.getForWhom(),
				r.getNotYetChecked(), r.getHrStatus(), r.getHer2().categories(),
				r.getBiomarker() == null ? null : r.getBiomarker().getCode(),
				r.getAbsentBiomarker() == null ? null : r.getAbsentBiomarker().getCode(), links);
	}

}
