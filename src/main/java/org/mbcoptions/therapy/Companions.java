package org.mbcoptions.therapy;

import org.mbcoptions.catalogue.DrugCompanionRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.mbcoptions.model.Person;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The drugs given alongside a regimen for some people, read once when the app starts
 * (like the glossary, they change only with a seed script and a restart), so the results
 * page adds them without another SQL statement.
 */
@Component
public class Companions implements SmartInitializingSingleton {

	/**
	 * A companion rule detached from JPA: for {@code person}, {@code drug} comes with
	 * {@code companion}.
	 */
	public record Rule(String drug, Person person, String companion, String sourceTitle, String sourceUrl) {
	}

	private final DrugCompanionRepository repository;

	private volatile Index index = new Index(List.of());

	Companions(DrugCompanionRepository repository) {
		this.repository = repository;
	}

	@Override
	public void afterSingletonsInstantiated() {
		load(repository.findAllWithDrugs()
			.stream()
			.map(c -> new Rule(c.getDrug().getName(), c.getPerson(), c.getCompanionDrug().getName(),
					c.getSource().getTitle(), c.getSource().getUrl()))
			.toList());
	}

	void load(List<Rule> rules) {
		index = new Index(rules);
	}

	/** See {@link Index#forRegimen}. */
	public List<String> forRegimen(Collection<String> drugs, Person person) {
		return index.forRegimen(drugs, person);
	}

	/** See {@link Index#companionFor}. */
	public Map<Person, List<String>> companionFor(Collection<String> companionDrugs) {
		return index.companionFor(companionDrugs);
	}

	/** See {@link Index#rulesFor}. */
	public List<Rule> rulesFor(Collection<String> drugs, Person person) {
		return index.rulesFor(drugs, person);
	}

	/**
	 * The rules by person and drug; plain Java, so the start-up content check resolves
	 * regimens the same way.
	 */
	public static final class Index {

		private final Map<Person, Map<String, List<Rule>>> byPersonAndDrug = new EnumMap<>(Person.class);

		public Index(List<Rule> rules) {
			for (Rule rule : rules) {
				byPersonAndDrug.computeIfAbsent(rule.person(), p -> new TreeMap<>())
					.computeIfAbsent(rule.drug(), d -> new ArrayList<>())
					.add(rule);
			}
		}

		/**
		 * The companion drugs a regimen of these drugs needs for this person, in name
		 * order, leaving out any the regimen already holds. Empty when none is needed.
		 */
		public List<String> forRegimen(Collection<String> drugs, Person person) {
			Set<String> companions = new TreeSet<>();
			rulesFor(drugs, person).forEach(r -> companions.add(r.companion()));
			companions.removeAll(drugs);
			return List.copyOf(companions);
		}

		/**
		 * For whom, and with which drugs, these drugs are given as a companion (the page
		 * of goserelin, say).
		 */
		public Map<Person, List<String>> companionFor(Collection<String> companionDrugs) {
			Map<Person, List<String>> result = new EnumMap<>(Person.class);
			byPersonAndDrug.forEach((person, rules) -> {
				Set<String> drugs = new TreeSet<>();
				rules.values()
					.forEach(list -> list.stream()
						.filter(r -> companionDrugs.contains(r.companion()))
						.forEach(r -> drugs.add(r.drug())));
				if (!drugs.isEmpty()) {
					result.put(person, List.copyOf(drugs));
				}
			});
			return result;
		}

		/** The rules behind {@link #forRegimen}, for the sources a therapy page shows. */
		public List<Rule> rulesFor(Collection<String> drugs, Person person) {
			Map<String, List<Rule>> rules = byPersonAndDrug.getOrDefault(person, Map.of());
			Set<Rule> result = new LinkedHashSet<>();
			drugs.forEach(d -> result.addAll(rules.getOrDefault(d, List.of())));
			return List.copyOf(result);
		}

	}

}
