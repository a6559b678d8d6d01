package org.pathway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;

/**
 * The one rulebook for every module's shape (docs/architecture/README.md), for what Spring Modulith does not check:
 * the layout, the names, what may be public, the one error path, the one time zone, and the shared page widgets.
 */
class ArchitectureTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.pathway");

    /** The business modules: each has the same layout. `platform`, `shared` and `demo` are not business modules. */
    static final List<String> MODULES = List.of("people", "access", "engagement", "activities", "workforce",
            "partnerships", "insight", "governance");

    static final DescribedPredicate<JavaClass> IN_A_MODULE_ROOT = DescribedPredicate.describe("in a module's root package",
            type -> MODULES.stream().anyMatch(module -> type.getPackageName().equals("org.pathway." + module)));

    static final DescribedPredicate<JavaClass> IN_A_MODULE = DescribedPredicate.describe("in a business module",
            type -> MODULES.stream().anyMatch(module -> type.getPackageName().startsWith("org.pathway." + module)));

    // --- layout ---

    @Test
    void modulesArePackagedByFeatureOnly() {
        noClasses().that(IN_A_MODULE)
                .should().resideInAnyPackage("..domain..", "..web..", "..support..")
                .because("each feature package holds its own controller, service, entity and repository")
                .check(CLASSES);
    }

    @Test
    void moduleRootsHoldOnlyTheirApi() {
        noClasses().that(IN_A_MODULE_ROOT)
                .should().beAnnotatedWith(Component.class).orShould().beMetaAnnotatedWith(Component.class)
                .orShould().beAnnotatedWith(Entity.class).orShould().beAssignableTo(Repository.class)
                .because("a module's root holds facades, commands, events and value types; implementations live "
                        + "in feature packages")
                .check(CLASSES);
    }

    @Test
    void bulkLoadersAreANamedInterfaceOfTheirOwn() {
        classes().that(IN_A_MODULE).and().areInterfaces().and().haveSimpleNameEndingWith("Loader")
                .should().resideInAPackage("org.pathway.*.loading")
                .because("only demo loads in bulk: its API is kept apart from the module's facades")
                .check(CLASSES);
    }

    // --- names ---

    @Test
    void facadeImplementationsAreNamedForTheirFacade() {
        classes().that(IN_A_MODULE).and().areMetaAnnotatedWith(Component.class)
                .should(new ArchCondition<>("be named <Facade>Service when they implement their own module's "
                        + "root interface, and end with a port's name when they implement another module's") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        String module = moduleOf(type);
                        for (JavaClass api : type.getRawInterfaces()) {
                            String apiModule = moduleOf(api);
                            if (apiModule == null || !isModuleRoot(api)) {
                                continue;
                            }
                            boolean ok = apiModule.equals(module)
                                    ? type.getSimpleName().equals(api.getSimpleName() + "Service")
                                    : type.getSimpleName().endsWith(api.getSimpleName());
                            if (!ok) {
                                events.add(SimpleConditionEvent.violated(type,
                                        type.getName() + " implements " + api.getName()));
                            }
                        }
                    }
                })
                .check(CLASSES);
    }

    @Test
    void repositoriesAreNamedAndPackagePrivate() {
        classes().that().areAssignableTo(Repository.class).and().areInterfaces()
                .should().notBePublic().andShould().haveSimpleNameEndingWith("Repository")
                .because("other modules go through a module's facade, never its repositories")
                .allowEmptyShould(true)
                .check(CLASSES);
        classes().that(IN_A_MODULE).and().haveSimpleNameEndingWith("Repository")
                .should().notBePublic()
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void controllersArePackagePrivateInFeaturePackages() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().notBePublic().andShould().haveSimpleNameEndingWith("Controller")
                .check(CLASSES);
    }

    @Test
    void entitiesAreNotNamedAfterSpringStereotypes() {
        classes().that().areAnnotatedWith(Entity.class)
                .should().haveNameNotMatching(".*\\.(Service|Component|Repository|Controller|Configuration)")
                .check(CLASSES);
    }

    @Test
    void controllersDoNotBindEntities() {
        noClasses().that().areAnnotatedWith(Controller.class)
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .because("forms bind to validated command records, never to entities")
                .check(CLASSES);
    }

    // --- one error path, one time zone ---

    @Test
    void pageErrorsAreHandledInOnePlace() {
        methods().that().areAnnotatedWith(ExceptionHandler.class)
                .should().beDeclaredInClassesThat().resideInAPackage("org.pathway.platform..")
                .orShould().beDeclaredInClassesThat().areAnnotatedWith(RestController.class)
                .because("not-found is one 404 page for every module (platform.web.PageErrors); only APIs keep "
                        + "their own structured errors")
                .check(CLASSES);
    }

    @Test
    void refusalsAreThePlatformsOne() {
        noClasses().that(IN_A_MODULE)
                .and().doNotHaveFullyQualifiedName("org.pathway.activities.hsds.HsdsController$ApiProblem")
                .and().doNotHaveFullyQualifiedName("org.pathway.activities.connections.ConnectionChanges$OutsideTheirArea")
                .should().beAssignableTo(RuntimeException.class)
                .because("a module says no with platform.Refusal and not found with platform.NotFound; the only "
                        + "others are the HSDS API's structured JSON error and the question a connection asks "
                        + "before connecting someone outside a listing's area")
                .check(CLASSES);
    }

    @Test
    void theUkTimeZoneIsNamedOnce() {
        noClasses().that().doNotHaveFullyQualifiedName("org.pathway.platform.UkTime")
                .should().callMethod(ZoneId.class, "of", String.class)
                .because("days are UK days: use platform.UkTime.ZONE")
                .check(CLASSES);
    }

    // --- foundations ---

    @Test
    void platformAndSharedDependOnNoModule() {
        noClasses().that().resideInAnyPackage("org.pathway.shared..", "org.pathway.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("org.pathway.people..", "org.pathway.access..",
                        "org.pathway.engagement..", "org.pathway.activities..", "org.pathway.workforce..",
                        "org.pathway.partnerships..", "org.pathway.insight..", "org.pathway.governance..",
                        "org.pathway.demo..")
                .check(CLASSES);
    }

    @Test
    void nothingWritesToStandardStreams() {
        noClasses().that().doNotHaveSimpleName("AuditVerifyAndExit")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .because("logs go through SLF4J so nothing sensitive escapes unfiltered; only the command-line "
                        + "audit check prints its result")
                .check(CLASSES);
    }

    // --- pages ---

    @Test
    void pagesShowDatesInTheSharedFormatsAndErrorsInTheSharedSummary() throws IOException {
        Path templates = Path.of("src/main/resources/templates");
        try (Stream<Path> files = Files.walk(templates)) {
            List<String> offending = files.filter(file -> file.toString().endsWith(".html"))
                    .filter(file -> !file.startsWith(templates.resolve("fragments")))
                    .filter(file -> !Set.of("sign-in.html", "layout.html").contains(file.getFileName().toString()))
                    .filter(file -> {
                        String page = read(file);
                        return page.contains("#temporals.format") || page.contains("class=\"nhsuk-error-summary\"");
                    })
                    .map(templates::relativize).map(Path::toString).sorted().toList();
            assertThat(offending)
                    .as("pages formatting dates by hand (use @dates) or writing an error summary by hand "
                            + "(use fragments/error-summary)")
                    .isEmpty();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String moduleOf(JavaClass type) {
        String name = type.getPackageName();
        return MODULES.stream().filter(module -> name.equals("org.pathway." + module)
                || name.startsWith("org.pathway." + module + ".")).findFirst().orElse(null);
    }

    private static boolean isModuleRoot(JavaClass type) {
        return IN_A_MODULE_ROOT.test(type);
    }

    /** Tests build their own data on the test ICS; only the demo's own tests start the demo. */
    @Test
    void onlyTheDemosOwnTestsRunOnTheDemo() {
        JavaClasses tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("org.pathway");
        noClasses().that().resideOutsideOfPackage("org.pathway.demo..")
                .should().beAnnotatedWith(DemoIntegrationTest.class)
                .because("integration tests build what they need on the test ICS (support.TestIcs) with their "
                        + "module's test mother; only the demo's tests need the demo")
                .check(tests);
    }
}
