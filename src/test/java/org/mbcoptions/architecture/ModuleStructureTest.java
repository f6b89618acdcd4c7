package org.mbcoptions.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.mbcoptions.MbcOptionsApplication;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;

/**
 * The package-by-feature boundaries, kept by a test rather than by review: each direct
 * sub-package of {@code org.mbcoptions} is a module, no two modules depend on each other
 * in a circle, and the shared layers ({@code model}, {@code catalogue}, {@code system})
 * never reach up into the pages built on them.
 */
class ModuleStructureTest {

	private static final ApplicationModules MODULES = ApplicationModules.of(MbcOptionsApplication.class);

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.mbcoptions");

	private static final String[] FEATURES = { "..advice..", "..biomarker..", "..compare..", "..content..",
			"..drugclass..", "..glossary..", "..handout..", "..home..", "..options..", "..recent..", "..rules..",
			"..search..", "..sideeffect..", "..subtype..", "..therapy..", "..topic.." };

	/**
	 * The checked-in diagram that docs/architecture.md shows; refreshed with
	 * -Dmodules.write=true.
	 */
	private static final Path DIAGRAM = Path.of("docs/modules.puml");

	@Test
	void modulesHaveNoCyclesAndUseOnlyEachOthersPublicTypes() {
		MODULES.verify();
	}

	@Test
	void theCatalogueKnowsNothingOfThePagesOrTheWebLayer() {
		noClasses().that()
			.resideInAPackage("org.mbcoptions.catalogue..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(append(FEATURES, "..system..", "org.springframework.web.."))
			.check(CLASSES);
	}

	@Test
	void theValueTypesDependOnNoOtherModule() {
		noClasses().that()
			.resideInAPackage("org.mbcoptions.model..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(append(FEATURES, "..catalogue..", "..system.."))
			.check(CLASSES);
	}

	@Test
	void theWebInfrastructureServesEveryFeatureButNeedsNone() {
		noClasses().that()
			.resideInAPackage("org.mbcoptions.system..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(append(FEATURES, "..catalogue.."))
			.check(CLASSES);
	}

	@Test
	void theModuleDiagramInDocsIsCurrent() throws IOException {
		Path folder = Path.of("target", "modules");
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
			.writeModulesAsPlantUml(DiagramOptions.defaults().withStyle(DiagramOptions.DiagramStyle.UML));
		Path written = folder.resolve("components.puml");
		if (Boolean.getBoolean("modules.write")) {
			Files.copy(written, DIAGRAM, StandardCopyOption.REPLACE_EXISTING);
		}
		// Modulith writes the arrows in no fixed order, so compare the lines as a set.
		assertThat(Files.readAllLines(written))
			.as("docs/modules.puml is out of date: run ./mvnw test -Dtest=ModuleStructureTest -Dmodules.write=true")
			.containsExactlyInAnyOrderElementsOf(Files.readAllLines(DIAGRAM));
	}

	private static String[] append(String[] packages, String... more) {
		String[] all = java.util.Arrays.copyOf(packages, packages.length + more.length);
		System.arraycopy(more, 0, all, packages.length, more.length);
		return all;
	}

}
