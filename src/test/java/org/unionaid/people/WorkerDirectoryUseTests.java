package org.unionaid.people;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * {@link WorkerDirectory} checks no scope (its callers have chosen rows the user may see), so it is for services
 * only: a controller looking a worker up must go through {@link People}, which checks the scope.
 */
class WorkerDirectoryUseTests {

    @Test
    void noControllerUsesTheWorkerDirectory() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.unionaid");
        noClasses().that().resideInAPackage("org.unionaid..web..").should().dependOnClassesThat()
                .areAssignableTo(WorkerDirectory.class)
                .because("WorkerDirectory does not check the caller's scope; controllers use People")
                .check(classes);
    }
}
