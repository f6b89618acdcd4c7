package org.mbcoptions.advice;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mbcoptions.model.Urgency;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What to do about each side effect ({@code side_effect_action} rows): what the person
 * may notice and what to do, at one of three levels of urgency, with the sources. Read
 * once at start-up, like the emergency box's sources, so the therapy, side-effect and
 * compare pages and the JSON API add no SQL statement for it.
 */
@Component
public class SideEffectActions implements SmartInitializingSingleton {

	/** One source of an action, in the shape the sources fragment lists. */
	public record Cited(String title, String publisher, String url, LocalDate publishedOn) {
	}

	/** One level of urgency for one side effect. */
	public record Action(Urgency urgency, String notice, String action, List<Cited> sources) {
	}

	/**
	 * A side effect's sign at one level, as a therapy or compare page lists it under
	 * "when to call".
	 */
	public record Sign(String slug, String name, String notice, String action) {
	}

	/** The signs of a list of side effects that need the same speed of action. */
	public record Level(Urgency urgency, List<Sign> signs) {
	}

	/** A side effect by slug and name, as the pages know it. */
	public record Named(String slug, String name) {
	}

	private final JdbcTemplate jdbc;

	private volatile Map<String, List<Action>> bySlug = Map.of();

	/**
	 * Each therapy's side effects, serious ones first, as its page lists them: for pages
	 * that show many therapies.
	 */
	private volatile Map<String, List<Named>> byTherapy = Map.of();

	SideEffectActions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void afterSingletonsInstantiated() {
		Map<Long, List<Cited>> sources = new LinkedHashMap<>();
		jdbc.query("""
				select x.side_effect_action_id, s.title, s.publisher, s.url, s.published_on
				from side_effect_action_source x join source s on s.id = x.source_id
				order by x.side_effect_action_id, s.publisher, s.title""", (java.sql.ResultSet rows) -> {
			sources.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>())
				.add(new Cited(rows.getString(2), rows.getString(3), rows.getString(4),
						rows.getObject(5, Date.class).toLocalDate()));
		});
		Map<String, List<Action>> actions = new LinkedHashMap<>();
		jdbc.query("""
				select a.id, e.slug, a.urgency, a.notice, a.action
				from side_effect_action a join side_effect e on e.id = a.side_effect_id
				order by e.slug, case a.urgency when 'CALL_NOW' then 0 when 'CALL_TODAY' then 1 else 2 end""",
				(java.sql.ResultSet rows) -> {
					long id = rows.getLong(1);
					actions.computeIfAbsent(rows.getString(2), slug -> new ArrayList<>())
						.add(new Action(Urgency.valueOf(rows.getString(3)), rows.getString(4), rows.getString(5),
								List.copyOf(sources.getOrDefault(id, List.of()))));
				});
		Map<String, List<Action>> frozen = new LinkedHashMap<>();
		actions.forEach((slug, list) -> frozen.put(slug, List.copyOf(list)));
		bySlug = java.util.Collections.unmodifiableMap(frozen);
		Map<String, List<Named>> therapies = new LinkedHashMap<>();
		jdbc.query("""
				select t.slug, e.slug, e.name from therapy_side_effect x
				join therapy t on t.id = x.therapy_id join side_effect e on e.id = x.side_effect_id
				order by t.slug, x.serious desc, e.name""", (java.sql.ResultSet rows) -> {
			therapies.computeIfAbsent(rows.getString(1), slug -> new ArrayList<>())
				.add(new Named(rows.getString(2), rows.getString(3)));
		});
		Map<String, List<Named>> frozenTherapies = new LinkedHashMap<>();
		therapies.forEach((slug, list) -> frozenTherapies.put(slug, List.copyOf(list)));
		byTherapy = java.util.Collections.unmodifiableMap(frozenTherapies);
	}

	/**
	 * The signs to call about at once for the side effects of the given therapies, each
	 * side effect once: what the results page shows for all the options it lists, without
	 * another SQL statement. {@code alsoTaken}: the side effects of drugs added for the
	 * person (a companion's label warnings), which the therapies do not list as their
	 * own.
	 */
	public List<Sign> callNowForTherapies(Collection<String> therapySlugs, Collection<Named> alsoTaken) {
		Map<String, Named> sideEffects = new java.util.TreeMap<>();
		therapySlugs
			.forEach(t -> byTherapy.getOrDefault(t, List.of()).forEach(n -> sideEffects.putIfAbsent(n.name(), n)));
		alsoTaken.forEach(n -> sideEffects.putIfAbsent(n.name(), n));
		return levels(sideEffects.values()).stream()
			.filter(level -> level.urgency() == Urgency.CALL_NOW)
			.flatMap(level -> level.signs().stream())
			.toList();
	}

	/**
	 * The side effect's levels, most urgent first; empty where no source has been written
	 * up yet.
	 */
	public List<Action> of(String sideEffectSlug) {
		return bySlug.getOrDefault(sideEffectSlug, List.of());
	}

	/**
	 * The signs of the given side effects grouped by urgency, most urgent first, each
	 * side effect in the order given; levels with no sign are left out, so a page never
	 * shows an empty heading.
	 */
	public List<Level> levels(Collection<Named> sideEffects) {
		Map<Urgency, List<Sign>> byUrgency = new EnumMap<>(Urgency.class);
		for (Named sideEffect : sideEffects) {
			for (Action action : of(sideEffect.slug())) {
				byUrgency.computeIfAbsent(action.urgency(), u -> new ArrayList<>())
					.add(new Sign(sideEffect.slug(), sideEffect.name(), action.notice(), action.action()));
			}
		}
		List<Level> levels = new ArrayList<>();
		byUrgency.forEach((urgency, signs) -> levels.add(new Level(urgency, List.copyOf(signs))));
		return List.copyOf(levels);
	}

}
