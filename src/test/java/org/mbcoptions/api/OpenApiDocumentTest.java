package org.mbcoptions.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mbcoptions.options.BiomarkerAnswer;
import org.mbcoptions.options.HadAnswer;
import org.mbcoptions.options.Her2Answer;
import org.mbcoptions.options.HrAnswer;
import org.mbcoptions.options.MenopauseAnswer;
import org.mbcoptions.options.ParameterValue;
import org.mbcoptions.options.ProfileParser;
import org.mbcoptions.options.SexAnswer;
import org.mbcoptions.options.SiteAnswer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written OpenAPI document at /api/openapi.json stays true: it names every /api
 * mapping, its parameters allow exactly what the profile parser allows, and real
 * responses have exactly the fields it describes, of the types and values it allows.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiDocumentTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	@org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	private JsonNode spec() throws Exception {
		var result = mvc.get().uri("/api/openapi.json").exchange();
		assertThat(result).hasStatusOk().hasContentType("application/json");
		return JSON.readTree(result.getResponse().getContentAsString());
	}

	@Test
	void itDescribesEveryApiAddressAndNoOther() throws Exception {
		Set<String> mapped = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			info.getPatternValues().stream().filter(p -> p.startsWith("/api/")).forEach(mapped::add);
		}
		Set<String> described = new TreeSet<>(spec().get("paths").propertyNames());
		assertThat(described).isEqualTo(mapped);
	}

	@Test
	void theOptionsParametersAllowExactlyWhatTheParserAllows() throws Exception {
		JsonNode parameters = spec().at("/paths/~1api~1options/get/parameters");
		List<String> names = new ArrayList<>();
		parameters.forEach(p -> names.add(p.get("name").asString()));
		assertThat(names).containsExactlyElementsOf(ProfileParser.PARAMETERS);
		assertThat(allowed(parameters, "hr")).isEqualTo(params(HrAnswer.values()));
		assertThat(allowed(parameters, "her2")).isEqualTo(params(Her2Answer.values()));
		assertThat(allowed(parameters, "biomarker")).isEqualTo(params(BiomarkerAnswer.values()));
		assertThat(allowed(parameters, "notFound")).isEqualTo(params(BiomarkerAnswer.values()));
		assertThat(allowed(parameters, "menopause")).isEqualTo(params(MenopauseAnswer.values()));
		assertThat(allowed(parameters, "sex")).isEqualTo(params(SexAnswer.values()));
		assertThat(allowed(parameters, "site")).isEqualTo(params(SiteAnswer.values()));
		assertThat(allowed(parameters, "had")).isEqualTo(params(HadAnswer.values()));
		assertThat(allowed(parameters, "region")).isEqualTo(params(org.mbcoptions.options.RegionAnswer.values()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/options", "/api/options?hr=positive&her2=low&biomarker=ESR1&menopause=pre&had=cdk46",
			"/api/options?hr=negative&her2=zero&biomarker=PD-L1&notFound=BRCA1&site=brain&sex=female",
			"/api/options?hr=positive&her2=positive&sex=male&had=trastuzumab&had=pertuzumab",
			"/api/options?hr=positive&her2=positive&region=uk" })
	void realOptionsAnswersHaveExactlyTheDescribedShape(String uri) throws Exception {
		conforms(uri, "#/components/schemas/OptionsResponse");
	}

	@Test
	void realTherapiesAnswerHasExactlyTheDescribedShape() throws Exception {
		JsonNode spec = spec();
		JsonNode body = JSON.readTree(mvc.get().uri("/api/therapies").exchange().getResponse().getContentAsString());
		assertThat(body.isArray()).isTrue();
		List<String> problems = new ArrayList<>();
		body.forEach(therapy -> check(spec, JSON.readTree("{\"$ref\":\"#/components/schemas/Therapy\"}"), therapy, "$",
				problems));
		assertThat(problems).isEmpty();
	}

	@Test
	void aBadValueAnswersTheDescribedProblem() throws Exception {
		var result = mvc.get().uri("/api/options?hr=maybe").exchange();
		assertThat(result).hasStatus4xxClientError().hasContentType("application/problem+json");
		List<String> problems = new ArrayList<>();
		check(spec(), JSON.readTree("{\"$ref\":\"#/components/schemas/Problem\"}"),
				JSON.readTree(result.getResponse().getContentAsString()), "$", problems);
		assertThat(problems).isEmpty();
	}

	@Test
	void theAboutPageLinksToIt() {
		assertThat(mvc.get().uri("/about")).hasStatusOk().bodyText().contains("href=\"/api/openapi.json\"");
	}

	private void conforms(String uri, String ref) throws Exception {
		var result = mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		List<String> problems = new ArrayList<>();
		check(spec(), JSON.readTree("{\"$ref\":\"" + ref + "\"}"),
				JSON.readTree(result.getResponse().getContentAsString()), "$", problems);
		assertThat(problems).as(uri).isEmpty();
	}

	/** A small structural check of the JSON Schema subset the document uses. */
	private static void check(JsonNode spec, JsonNode schema, JsonNode value, String path, List<String> problems) {
		if (schema.has("$ref")) {
			String pointer = schema.get("$ref").asString().substring(1);
			check(spec, spec.at(pointer), value, path, problems);
			return;
		}
		if (schema.has("oneOf")) {
			long matching = 0;
			for (JsonNode option : schema.get("oneOf")) {
				List<String> mine = new ArrayList<>();
				check(spec, option, value, path, mine);
				matching += mine.isEmpty() ? 1 : 0;
			}
			if (matching != 1) {
				problems.add(path + ": matches " + matching + " of oneOf");
			}
			return;
		}
		Set<String> types = new HashSet<>();
		JsonNode type = schema.get("type");
		if (type == null) {
			return;
		}
		if (type.isArray()) {
			type.forEach(t -> types.add(t.asString()));
		}
		else {
			types.add(type.asString());
		}
		String actual = value.isNull() ? "null"
				: value.isObject() ? "object" : value.isArray() ? "array" : value.isBoolean() ? "boolean"
						: value.isIntegralNumber() ? "integer" : value.isNumber() ? "number" : "string";
		if (!types.contains(actual)) {
			problems.add(path + ": is " + actual + ", described as " + types);
			return;
		}
		if (schema.has("enum")) {
			boolean listed = false;
			for (JsonNode allowed : schema.get("enum")) {
				listed |= allowed.equals(value);
			}
			if (!listed) {
				problems.add(path + ": " + value + " is not in " + schema.get("enum"));
			}
		}
		if (actual.equals("object")) {
			Set<String> declared = new TreeSet<>(schema.get("properties").propertyNames());
			Set<String> present = new TreeSet<>(value.propertyNames());
			if (schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean()
					&& !declared.containsAll(present)) {
				Set<String> extra = new TreeSet<>(present);
				extra.removeAll(declared);
				problems.add(path + ": fields not described " + extra);
			}
			schema.path("required").forEach(r -> {
				if (!value.has(r.asString())) {
					problems.add(path + ": missing " + r.asString());
				}
			});
			for (String field : present) {
				if (declared.contains(field)) {
					check(spec, schema.get("properties").get(field), value.get(field), path + "." + field, problems);
				}
			}
		}
		if (actual.equals("array") && schema.has("items")) {
			for (int i = 0; i < value.size(); i++) {
				check(spec, schema.get("items"), value.get(i), path + "[" + i + "]", problems);
			}
		}
	}

	private static Set<String> allowed(JsonNode parameters, String name) {
		for (JsonNode p : parameters) {
			if (p.get("name").asString().equals(name)) {
				JsonNode schema = p.get("schema");
				JsonNode values = schema.has("items") ? schema.get("items").get("enum") : schema.get("enum");
				Set<String> allowed = new TreeSet<>();
				values.forEach(v -> allowed.add(v.asString()));
				return allowed;
			}
		}
		throw new AssertionError("no parameter " + name);
	}

	private static Set<String> params(ParameterValue[] values) {
		return new TreeSet<>(Arrays.stream(values).map(ParameterValue::param).toList());
	}

}
