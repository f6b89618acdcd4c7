package org.mbcoptions.advice;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The national helplines a handout prints ({@code helpline} rows, each checked on the
 * organisation's own page), read once at start-up. {@code hours} is null where that page
 * did not state them.
 */
@Component
public class Helplines implements SmartInitializingSingleton {

	public record Helpline(String region, String name, String phone, @Nullable String hours, String sourceTitle,
			String sourceUrl) {
	}

	private final JdbcTemplate jdbc;

	private volatile List<Helpline> all = List.of();

	Helplines(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void afterSingletonsInstantiated() {
		all = List.copyOf(jdbc.query("""
				select h.region, h.name, h.phone, h.hours, s.title, s.url
				from helpline h join source s on s.id = h.source_id order by h.region, h.position""",
				(rows, i) -> new Helpline(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
						rows.getString(5), rows.getString(6))));
	}

	/** UK first, then US, each in the editors' order. */
	public List<Helpline> all() {
		return all;
	}

}
