package org.mbcoptions.architecture;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Templates get plain values, never entities: with open-in-view off, a template that
 * reached for a lazy property of an entity would fail only when that page is rendered.
 * Every page type's model is walked (through records, collections, maps and optionals)
 * and must hold no {@code @Entity}.
 */
@SpringBootTest(properties = "app.render-cache.enabled=false")
@AutoConfigureMockMvc
class ViewModelTest {

	@Autowired
	private MockMvcTester mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/options", "/options?hr=positive&her2=zero&biomarker=ESR1&menopause=pre",
			"/options?hr=negative&her2=low&biomarker=PD-L1&site=brain", "/therapies", "/therapies?q=kisqali",
			"/therapies/trastuzumab-deruxtecan", "/therapies/ovarian-suppression",
			"/therapies/ribociclib-aromatase-inhibitor", "/drug-classes", "/drug-classes/cdk4-6-inhibitor",
			"/side-effects", "/side-effects/fatigue", "/biomarkers", "/biomarkers/esr1", "/subtypes",
			"/subtypes/hr-positive-her2-negative", "/subtypes/triple-negative/print", "/topics", "/topics/radiotherapy",
			"/search?q=kisqaly", "/compare?options=elacestrant&options=olaparib", "/glossary", "/about",
			"/recent-approvals", "/editors/review" })
	void aPageModelHoldsNoEntity(String path) {
		MvcTestResult result = mvc.get().uri(path).exchange();
		assertThat(result).hasStatusOk();
		Map<String, Object> model = result.getMvcResult().getModelAndView().getModel();
		assertThat(model).as("model of %s", path).isNotEmpty();
		List<String> entities = new ArrayList<>();
		model.forEach((name, value) -> findEntities(name, value, entities, new IdentityHashMap<>()));
		assertThat(entities).as("entities in the model of %s", path).isEmpty();
	}

	/**
	 * The walk itself finds an entity where there is one, so an empty list above means
	 * something.
	 */
	@Test
	void theWalkFindsAnEntityInsideARecordAndAList() throws Exception {
		var constructor = org.mbcoptions.catalogue.Source.class.getDeclaredConstructor();
		constructor.setAccessible(true);
		record Holder(List<Object> items) {
		}
		List<String> entities = new ArrayList<>();
		findEntities("page", new Holder(List.of("text", constructor.newInstance())), entities, new IdentityHashMap<>());
		assertThat(entities).containsExactly("page.items[1]: Source");
	}

	private static void findEntities(String path, Object value, List<String> found, Map<Object, Boolean> seen) {
		if (value == null || value instanceof CharSequence || value instanceof Number || value instanceof Enum<?>
				|| value instanceof Boolean || value.getClass().getName().startsWith("java.time.")
				|| seen.put(value, Boolean.TRUE) != null) {
			return;
		}
		Class<?> type = value.getClass();
		if (type.isAnnotationPresent(Entity.class)) {
			found.add(path + ": " + type.getSimpleName());
			return;
		}
		if (value instanceof Optional<?> optional) {
			optional.ifPresent(v -> findEntities(path, v, found, seen));
		}
		else if (value instanceof Map<?, ?> map) {
			map.forEach((k, v) -> findEntities(path + "[" + k + "]", v, found, seen));
		}
		else if (value instanceof Collection<?> collection) {
			int i = 0;
			for (Object item : collection) {
				findEntities(path + "[" + i++ + "]", item, found, seen);
			}
		}
		else if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				try {
					component.getAccessor().setAccessible(true);
					findEntities(path + "." + component.getName(), component.getAccessor().invoke(value), found, seen);
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException(path + "." + component.getName(), ex);
				}
			}
		}
	}

}
