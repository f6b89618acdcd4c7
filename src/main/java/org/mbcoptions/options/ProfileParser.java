package org.mbcoptions.options;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.mbcoptions.system.InvalidParameterException;

/**
 * Reads a profile from the public query parameters {@code hr, her2, biomarker, menopause, site}. Our own
 * parameters are strict: a value outside the list, or a single-valued parameter given twice, is rejected. Any
 * other parameter (utm_source, fbclid, ...) is ignored, so shared links keep working. An empty value means
 * unknown, as a form sends it.
 */
public final class ProfileParser {

	public static final List<String> PARAMETERS = List.of("hr", "her2", "biomarker", "menopause", "site");

	private ProfileParser() {
	}

	public static Profile parse(Map<String, String[]> params) {
		HrAnswer hr = single(params, "hr", HrAnswer.class, HrAnswer.UNKNOWN);
		Her2Answer her2 = single(params, "her2", Her2Answer.class, Her2Answer.UNKNOWN);
		MenopauseAnswer menopause = single(params, "menopause", MenopauseAnswer.class, MenopauseAnswer.UNKNOWN);
		Set<SiteAnswer> sites = many(params, "site", SiteAnswer.class, false);
		Set<BiomarkerAnswer> biomarkers = many(params, "biomarker", BiomarkerAnswer.class, true);
		return new Profile(hr, her2, biomarkers, menopause, sites);
	}

	private static <E extends Enum<E> & ParameterValue> E single(Map<String, String[]> params, String name,
			Class<E> type, E unknown) {
		String[] values = params.get(name);
		if (values == null || values.length == 0) {
			return unknown;
		}
		if (values.length > 1) {
			throw new InvalidParameterException(name, allowed(type), true);
		}
		return values[0].isEmpty() ? unknown : lookup(name, values[0], type, false);
	}

	private static <E extends Enum<E> & ParameterValue> Set<E> many(Map<String, String[]> params, String name,
			Class<E> type, boolean ignoreCase) {
		Set<E> result = EnumSet.noneOf(type);
		String[] values = params.get(name);
		if (values == null) {
			return result;
		}
		for (String value : values) {
			if (!value.isEmpty()) {
				result.add(lookup(name, value, type, ignoreCase));
			}
		}
		return result;
	}

	private static <E extends Enum<E> & ParameterValue> E lookup(String name, String value, Class<E> type,
			boolean ignoreCase) {
		for (E constant : type.getEnumConstants()) {
			String param = constant.param();
			if (ignoreCase ? param.toUpperCase(Locale.ROOT).equals(value.toUpperCase(Locale.ROOT))
					: param.equals(value)) {
				return constant;
			}
		}
		throw new InvalidParameterException(name, allowed(type), false);
	}

	private static <E extends Enum<E> & ParameterValue> List<String> allowed(Class<E> type) {
		return Arrays.stream(type.getEnumConstants()).map(ParameterValue::param).toList();
	}

	/** The canonical query string of a profile, for links to share and print. */
	public static String toQuery(Profile profile) {
		StringBuilder query = new StringBuilder();
		append(query, "hr", profile.hr().param());
		append(query, "her2", profile.her2().param());
		profile.biomarkers().forEach(b -> append(query, "biomarker", b.param()));
		append(query, "menopause", profile.menopause().param());
		profile.sites().forEach(s -> append(query, "site", s.param()));
		return query.toString();
	}

	private static void append(StringBuilder query, String name, String value) {
		if (!query.isEmpty()) {
			query.append('&');
		}
		query.append(name).append('=').append(value);
	}

}
