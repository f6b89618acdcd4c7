package org.mbcoptions.content;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;

/**
 * Each drug's label warnings as side-effect slugs, read with plain SQL for the checks
 * that run inside Flyway.
 */
final class DrugWarningRows {

	private DrugWarningRows() {
	}

	static Map<String, Set<String>> byDrug(Connection connection) throws SQLException {
		return ContentSql.multimap(connection, """
				select d.name, e.slug from drug_warning w join drug d on d.id = w.drug_id
				join side_effect e on e.id = w.side_effect_id""");
	}

}
