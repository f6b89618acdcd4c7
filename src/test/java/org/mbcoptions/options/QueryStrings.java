package org.mbcoptions.options;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test helper: a query string as written in a URL
 * ("hr=positive&biomarker=ESR1&biomarker=PIK3CA") as a parameter map.
 */
public final class QueryStrings {

	private QueryStrings() {
	}

	public static Map<String, String[]> parse(String query) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		if (query != null && !query.isBlank()) {
			for (String pair : query.split("&")) {
				String[] kv = pair.split("=", 2);
				values.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(kv.length > 1 ? kv[1] : "");
			}
		}
		Map<String, String[]> params = new LinkedHashMap<>();
		values.forEach((k, v) -> params.put(k, v.toArray(String[]::new)));
		return params;
	}

	/** The profile the query string describes. */
	public static Profile profile(String query) {
		return ProfileParser.parse(parse(query));
	}

}
