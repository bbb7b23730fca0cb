package io.vigint.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.google.inject.Guice;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import io.vigint.app.VigintApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of docs/architecture.md, checked over every Vigint module on the classpath
 * (the CLI depends on all of them): the core is framework-free, adapters depend only on the core,
 * and only {@link VigintApp} (the composition root) creates an injector.
 */
class ArchitectureTest {
    private static JavaClasses vigint;

    @BeforeAll
    static void importClasses() {
        vigint = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ArchitectureTest::notATestJar)
                .importPackages("io.vigint");
    }

    private static boolean notATestJar(Location location) {
        return !location.contains("-tests.jar");
    }

    @Test
    void coreDependsOnTheJdkOnly() {
        classes()
                .that()
                .resideInAPackage("io.vigint.core..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "io.vigint.core..",
                        "java..",
                        // image decoding and encoding (frames, clips) and cryptography (HMAC, AES-GCM)
                        "javax.imageio..",
                        "javax.crypto..")
                .check(vigint);
    }

    @Test
    void adaptersDependOnTheCoreButNotOnEachOtherTheAppOrTheCli() {
        for (String adapter : new String[] {"persistence", "http", "security", "billing", "mail", "gemini"}) {
            noClasses()
                    .that()
                    .resideInAPackage("io.vigint." + adapter + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(otherVigintModules(adapter))
                    .allowEmptyShould(true)
                    .check(vigint);
        }
    }

    @Test
    void onlyVigintAppCreatesAnInjector() {
        noClasses()
                .that()
                .doNotBelongToAnyOf(VigintApp.class)
                .should()
                .callMethodWhere(DescribedPredicate.describe(
                        "Guice.createInjector(…)",
                        (JavaMethodCall call) -> call.getTargetOwner().isEquivalentTo(Guice.class)
                                && call.getName().equals("createInjector")))
                .check(vigint);
    }

    @Test
    void commandsUseTheCoreNotTheStorageAdapter() {
        noClasses()
                .that()
                .resideInAPackage("io.vigint.cli.command..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.vigint.persistence..", "com.google.inject..")
                .check(vigint);
    }

    @Test
    void theCliHoldsOnlyTheCommandLineAndNoWiring() {
        classes()
                .that()
                .resideInAPackage("io.vigint.cli")
                .and()
                .areTopLevelClasses()
                .should()
                .haveNameMatching("io\\.vigint\\.cli\\.(Main|CliContext|CliEnvironment|CommandFailedException"
                        + "|Terminal|VersionProvider|package-info)")
                .check(vigint);
        noClasses()
                .that()
                .resideInAPackage("io.vigint.cli..")
                .should()
                .beAssignableTo(com.google.inject.Module.class)
                .check(vigint);
    }

    @Test
    void theCliReachesTheWiringThroughVigintApp() {
        classes()
                .that()
                .haveNameMatching("io\\.vigint\\.cli\\.(Main|CliContext)")
                .should()
                .dependOnClassesThat()
                .belongToAnyOf(VigintApp.class)
                .check(vigint);
    }

    private static String[] otherVigintModules(String adapter) {
        return java.util.stream.Stream.of("persistence", "http", "security", "billing", "mail", "gemini", "app", "cli")
                .filter(module -> !module.equals(adapter))
                .map(module -> "io.vigint." + module + "..")
                .toArray(String[]::new);
    }
}
