package org.pathway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** Rules that Spring Modulith does not check. */
class ArchitectureTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.pathway");

    @Test
    void repositoriesAreNotPublic() {
        classes().that().areAssignableTo(Repository.class).and().areInterfaces()
                .should().notBePublic()
                .because("other modules go through a module's facade, never its repositories")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void controllersAreNotPublic() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().notBePublic()
                .check(CLASSES);
    }

    @Test
    void domainDoesNotDependOnWeb() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..web..", "org.springframework.web..",
                        "jakarta.servlet..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void controllersDoNotBindEntities() {
        noClasses().that().areAnnotatedWith(Controller.class)
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .because("forms bind to validated command records, never to entities")
                .check(CLASSES);
    }

    @Test
    void sharedValueTypesDependOnNoModule() {
        noClasses().that().resideInAPackage("org.pathway.shared..")
                .should().dependOnClassesThat().resideInAnyPackage("org.pathway.people..", "org.pathway.access..",
                        "org.pathway.engagement..", "org.pathway.activities..", "org.pathway.workforce..",
                        "org.pathway.partnerships..", "org.pathway.insight..", "org.pathway.governance..",
                        "org.pathway.platform..", "org.pathway.demo..")
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
}
