package org.mbcoptions.therapy;

import org.jspecify.annotations.Nullable;
import org.mbcoptions.catalogue.DrugWarningRepository;
import java.util.Collection;
import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Every drug's label warnings, read once when the app starts (they change only with a
 * seed script and a restart), so the therapy and compare pages show them without another
 * SQL statement.
 */
@Component
public class LabelWarnings implements SmartInitializingSingleton {

	/** One warning as pages show it, detached from JPA. */
	public record Warning(String drug, String sideEffectSlug, String sideEffectName, boolean boxed,
			@Nullable String testBefore, String sourceTitle, String sourceUrl) {
	}

	private final DrugWarningRepository repository;

	private volatile List<Warning> warnings = List.of();

	LabelWarnings(DrugWarningRepository repository) {
		this.repository = repository;
	}

	@Override
	public void afterSingletonsInstantiated() {
		warnings = repository.findAllWithDetails()
			.stream()
			.map(w -> new Warning(w.getDrug().getName(), w.getSideEffect().getSlug(), w.getSideEffect().getName(),
					w.isBoxed(), w.getTestBefore(), w.getSource().getTitle(), w.getSource().getUrl()))
			.toList();
	}

	/** The warnings of these drugs, boxed ones first. */
	public List<Warning> forDrugs(Collection<String> drugs) {
		return warnings.stream().filter(w -> drugs.contains(w.drug())).toList();
	}

}
