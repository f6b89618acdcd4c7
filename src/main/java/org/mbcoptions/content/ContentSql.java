package org.mbcoptions.content;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Plain JDBC for the content checks, which run inside Flyway before JPA exists. Table and
 * column look-ups try both cases, since H2 reports names in upper case and PostgreSQL in
 * lower case.
 */
final class ContentSql {

	private ContentSql() {
	}

	interface RowReader {

		void read(ResultSet row) throws SQLException;

	}

	static void query(Connection connection, String sql, RowReader reader) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql);
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				reader.read(rows);
			}
		}
	}

	/** The first column mapped to the set of values of the second. */
	static Map<String, Set<String>> multimap(Connection connection, String sql) throws SQLException {
		Map<String, Set<String>> map = new HashMap<>();
		query(connection, sql,
				r -> map.computeIfAbsent(r.getString(1), k -> new LinkedHashSet<>()).add(r.getString(2)));
		return map;
	}

	static boolean tableExists(Connection connection, String table) throws SQLException {
		for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
			try (ResultSet tables = connection.getMetaData().getTables(null, null, name, null)) {
				if (tables.next()) {
					return true;
				}
			}
		}
		return false;
	}

	static boolean columnExists(Connection connection, String table, String column) throws SQLException {
		for (String[] names : new String[][] { { table, column },
				{ table.toUpperCase(Locale.ROOT), column.toUpperCase(Locale.ROOT) } }) {
			try (ResultSet columns = connection.getMetaData().getColumns(null, null, names[0], names[1])) {
				if (columns.next()) {
					return true;
				}
			}
		}
		return false;
	}

}
