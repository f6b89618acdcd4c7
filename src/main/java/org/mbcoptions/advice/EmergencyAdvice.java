package org.mbcoptions.advice;

import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The sources of the emergency box, read once at start-up (they change only with a seed
 * script and a restart), so every page that shows the box lists them without another SQL
 * statement. The box's words are UI text ({@code emergency.*} in messages.properties),
 * written once.
 */
@Component
public class EmergencyAdvice implements SmartInitializingSingleton {

	/**
	 * One source as the box lists it; {@code label} is the short citation printed on
	 * paper.
	 */
	public record Source(String title, String publisher, String url, String label) {
	}

	private final JdbcTemplate jdbc;

	private volatile List<Source> sources = List.of();

	EmergencyAdvice(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void afterSingletonsInstantiated() {
		sources = List.copyOf(jdbc.query("""
				select s.title, s.publisher, s.url, a.label from advice_source a join source s on s.id = a.source_id
				where a.topic = 'EMERGENCY' order by a.position""",
				(rows, i) -> new Source(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4))));
	}

	public List<Source> sources() {
		return sources;
	}

}
