package fr.centressociaux.portail;

import java.nio.file.Path;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fr.centressociaux.portail.accounts.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's modules are its direct sub-packages. Only {@code shared} is open; every other
 * module keeps its {@code internal} and {@code ui} sub-packages to itself, and no module reaches
 * into another's insides or depends on it in a cycle.
 */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(PortalApplication.class);
    private static final Path DOCS = Path.of("target", "spring-modulith-docs");

    @Test
    void the_modules_are_the_direct_sub_packages_and_only_shared_is_open() {
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .containsExactlyInAnyOrder("shared", "mail", "audit", "accounts", "shell", "territories",
                        "centres", "attendance", "meetings", "trainings", "followup",
                        "reporting", "promeneurs", "newsletter", "documents", "dashboards",
                        "news");
        assertThat(MODULES.stream().filter(ApplicationModule::isOpen).map(ApplicationModule::getIdentifier)
                .map(Object::toString)).containsExactly("shared");
    }

    @Test
    void modules_respect_each_others_boundaries() {
        MODULES.verify();
    }

    @Test
    void internal_and_ui_packages_of_closed_modules_are_not_exposed() {
        List<JavaClass> insides = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackagesOf(PortalApplication.class).stream()
                .filter(type -> type.getPackageName().matches(".*\\.(internal|ui)(\\..*)?"))
                .filter(type -> MODULES.getModuleByType(type.getName()).filter(module -> !module.isOpen()).isPresent())
                .toList();
        List<String> exposed = insides.stream()
                .filter(type -> MODULES.getModuleByType(type.getName()).orElseThrow().isExposed(type))
                .map(JavaClass::getName)
                .toList();

        assertThat(insides).extracting(JavaClass::getSimpleName).contains("AccountRepository", "AccountsView");
        assertThat(MODULES.getModuleByType(AccountService.class.getName()).orElseThrow().isExposed(AccountService.class))
                .as("the API of a module is exposed").isTrue();
        assertThat(exposed).isEmpty();
    }

    @Test
    void module_documentation_is_written_into_target() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString())).writeDocumentation();

        assertThat(DOCS.resolve("components.puml")).isRegularFile();
        MODULES.forEach(module -> assertThat(DOCS.resolve("module-" + module.getIdentifier() + ".adoc"))
                .isRegularFile());
        assertThat(DOCS.resolve("all-docs.adoc")).isRegularFile();
    }
}
