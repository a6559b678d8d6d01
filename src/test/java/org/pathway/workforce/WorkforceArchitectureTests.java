package org.pathway.workforce;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.pathway.PathwayApplication;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Controller;

/** The workforce module keeps to the project's architecture rules (ENGINEERING.md). */
class WorkforceArchitectureTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.pathway");

    @Test
    void modulesOnlyUseEachOthersPublicApis() {
        ApplicationModules.of(PathwayApplication.class).verify();
    }

    @Test
    void repositoriesAndEntitiesStayInsideTheModule() {
        classes().that().resideInAPackage("org.pathway.workforce..").and().areAssignableTo(Repository.class)
                .should().notBePublic().check(CLASSES);
        classes().that().resideInAPackage("org.pathway.workforce..").and().areAnnotatedWith(Entity.class)
                .should().notBePublic().andShould().resideInAPackage("..domain").check(CLASSES);
    }

    @Test
    void theDomainDoesNotDependOnTheWeb() {
        noClasses().that().resideInAPackage("org.pathway.workforce..domain..")
                .should().dependOnClassesThat().resideInAPackage("org.pathway.workforce..web..")
                .check(CLASSES);
    }

    @Test
    void controllersArePackagePrivateAndBindNoEntities() {
        classes().that().resideInAPackage("org.pathway.workforce..").and().areAnnotatedWith(Controller.class)
                .should().notBePublic().andShould().resideInAPackage("..web").check(CLASSES);
        noClasses().that().resideInAPackage("org.pathway.workforce..web..")
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class).check(CLASSES);
    }

    @Test
    void otherModulesLoadTheWorkforceThroughItsApiOnly() {
        noClasses().that().resideOutsideOfPackage("org.pathway.workforce..")
                .should().accessClassesThat().resideInAPackage("org.pathway.workforce.(*)..")
                .check(CLASSES);
    }
}
