package org.mbcoptions.options;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mbcoptions.catalogue.Approval;
import org.mbcoptions.catalogue.ApprovalRepository;
import org.mbcoptions.catalogue.Indication;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The regulators' and NICE's decisions by the use (indication) they cover, read once when
 * the app starts: they change only when a seed script is applied, which needs a restart,
 * so the results page shows them without another database statement.
 */
@Component
public class RegionalDecisions implements SmartInitializingSingleton {

	private final ApprovalRepository approvals;

	private volatile Map<String, List<RegionalDecision>> byIndication = Map.of();

	RegionalDecisions(ApprovalRepository approvals) {
		this.approvals = approvals;
	}

	@Override
	public void afterSingletonsInstantiated() {
		Map<String, List<RegionalDecision>> loaded = new LinkedHashMap<>();
		for (Approval a : approvals.findAllWithUses()) {
			// Copied out of JPA: the decisions outlive the transaction that read them.
			RegionalDecision decision = new RegionalDecision(a.getRegion(), a.getStatus(), a.getDecidedOn(),
					a.getNote(), a.getSource().link());
			for (Indication use : a.getIndications()) {
				loaded.computeIfAbsent(use.getCode(), code -> new ArrayList<>()).add(decision);
			}
		}
		loaded.replaceAll((code, list) -> List.copyOf(list));
		byIndication = Map.copyOf(loaded);
	}

	/**
	 * The decisions covering any of these uses, each once, by region (US, EU, UK) and
	 * date.
	 */
	List<RegionalDecision> forUses(Collection<String> indicationCodes) {
		return RegionalDecision
			.merged(indicationCodes.stream().flatMap(code -> byIndication.getOrDefault(code, List.of()).stream()));
	}

}
