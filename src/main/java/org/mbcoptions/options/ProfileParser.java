package org.mbcoptions.options;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.mbcoptions.system.InvalidParameterException;

/**
 * Reads a profile from the public query parameters
 * {@code hr, her2, biomarker, notFound, menopause, sex, site,
 * had, region}. Our own parameters are strict: a value outside the list, a single-valued
 * parameter given twice, or a biomarker both found and not found, is rejected. Any other
 * parameter (utm_source, fbclid, ...) is ignored, so shared links keep working. An empty
 * value means unknown, as a form sends it. For a man a menopause answer is ignored.
 */
public final class ProfileParser {

	public static final List<String> PARAMETERS = List.of("hr", "her2", "biomarker", "notFound", "menopause", "sex",
			"site", "had", "region");

	/**
	 * The form asks "found, not found or not tested" for each test as one radio group per
	 * test, named {@code result.<code>}; such a request is read as the same answers and
	 * redirected to the canonical address.
	 */
	public static final String RESULT_PREFIX = "result.";

	private static final List<String> RESULT_VALUES = List.of("found", "notFound", "");

	private ProfileParser() {
	}

	/**
	 * Whether the request came from the form's radio groups and should be redirected to
	 * {@link #toQuery}.
	 */
	public static boolean hasFormResults(Map<String, String[]> params) {
		return params.keySet().stream().anyMatch(name -> name.startsWith(RESULT_PREFIX));
	}

	public static Profile parse(Map<String, String[]> params) {
		HrAnswer hr = single(params, "hr", HrAnswer.class, HrAnswer.UNKNOWN);
		Her2Answer her2 = single(params, "her2", Her2Answer.class, Her2Answer.UNKNOWN);
		MenopauseAnswer menopause = single(params, "menopause", MenopauseAnswer.class, MenopauseAnswer.UNKNOWN);
		SexAnswer sex = single(params, "sex", SexAnswer.class, SexAnswer.UNKNOWN);
		Set<SiteAnswer> sites = many(params, "site", SiteAnswer.class, false);
		Set<HadAnswer> had = many(params, "had", HadAnswer.class, false);
		RegionAnswer region = single(params, "region", RegionAnswer.class, RegionAnswer.UNKNOWN);
		Set<BiomarkerAnswer> biomarkers = many(params, "biomarker", BiomarkerAnswer.class, true);
		Set<BiomarkerAnswer> notFound = many(params, "notFound", BiomarkerAnswer.class, true);
		formResults(params, biomarkers, notFound);
		if (biomarkers.stream().anyMatch(notFound::contains)) {
			throw InvalidParameterException.conflict("notFound", allowed(BiomarkerAnswer.class),
					"error.400.foundAndNotFound");
		}
		return new Profile(hr, her2, biomarkers, notFound, menopause, sex, sites, had, region);
	}

	private static void formResults(Map<String, String[]> params, Set<BiomarkerAnswer> found,
			Set<BiomarkerAnswer> notFound) {
		for (Map.Entry<String, String[]> param : params.entrySet()) {
			if (!param.getKey().startsWith(RESULT_PREFIX)) {
				continue;
			}
			BiomarkerAnswer biomarker = lookup(param.getKey(), param.getKey().substring(RESULT_PREFIX.length()),
					BiomarkerAnswer.class, true);
			String[] values = param.getValue();
			if (values.length != 1 || !RESULT_VALUES.contains(values[0])) {
				throw new InvalidParameterException(param.getKey(), RESULT_VALUES.subList(0, 2), values.length > 1);
			}
			if (values[0].equals("found")) {
				found.add(biomarker);
			}
			else if (values[0].equals("notFound")) {
				notFound.add(biomarker);
			}
		}
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
		profile.notFound().forEach(b -> append(query, "notFound", b.param()));
		if (profile.sex() != SexAnswer.UNKNOWN) {
			append(query, "sex", profile.sex().param());
		}
		if (!profile.isMale()) {
			append(query, "menopause", profile.menopause().param());
		}
		profile.sites().forEach(s -> append(query, "site", s.param()));
		profile.had().forEach(h -> append(query, "had", h.param()));
		if (profile.region() != RegionAnswer.UNKNOWN) {
			append(query, "region", profile.region().param());
		}
		return query.toString();
	}

	private static void append(StringBuilder query, String name, String value) {
		if (!query.isEmpty()) {
			query.append('&');
		}
		query.append(name).append('=').append(value);
	}

}
