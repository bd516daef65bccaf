package io.blackbox;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Module boundaries: modules use each other's public API only, and no dependency cycles. The engine
 * (io.blackbox.engine) is a library every module may use, not a module of the application.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(BlackBoxApplication.class,
            resideInAPackage("io.blackbox.engine.."));

    @Test
    void verifiesModuleBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
