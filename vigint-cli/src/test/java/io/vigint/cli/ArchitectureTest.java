package io.vigint.cli;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
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
 * (the CLI depends on all of them): the core is the domain over a small part of the JDK, adapters depend
 * only on the core, and only {@link VigintApp} (the composition root) creates an injector.
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

    /**
     * The core is the domain: it uses only {@code java.lang}, {@code java.util}, {@code java.time}, {@code
     * java.math} and {@code java.nio.charset}, plus the JDK classes listed in {@link #CORE_EXCEPTIONS}.
     */
    @Test
    void coreDependsOnTheDomainPartOfTheJdkOnly() {
        classes()
                .that()
                .resideInAPackage("io.vigint.core..")
                .should()
                .onlyDependOnClassesThat(resideInAnyPackage(
                                "io.vigint.core..",
                                "java.lang..",
                                "java.util..",
                                "java.time..",
                                "java.math..",
                                "java.nio.charset..")
                        .or(belongToAnyOf(CORE_EXCEPTIONS)))
                .check(vigint);
    }

    /**
     * The JDK classes the core may use beyond its packages, each for a reason (docs/architecture.md):
     * <ul>
     *   <li>{@code MessageDigest} (SHA-256): {@code KeyHash} hashes every API key on the authentication hot
     *       path, where a port call would cost for nothing;
     *   <li>{@code Normalizer}: {@code IncidentKey} folds alert incident types (NFKC) so that case and
     *       spelling variants of one type share a cooldown;
     *   <li>{@code SecureRandom}: the default {@code RandomSource}, so secrets are strong unless told otherwise;
     *   <li>{@code InputStream}/{@code IOException}: a stored clip is streamed to the client, not loaded whole;
     * </ul>
     */
    private static final Class<?>[] CORE_EXCEPTIONS = {
        java.security.MessageDigest.class,
        java.security.NoSuchAlgorithmException.class,
        java.security.SecureRandom.class,
        java.text.Normalizer.class,
        java.io.InputStream.class,
        java.io.IOException.class
    };

    /** The in-memory, media and files adapters need nothing but the core and the JDK. */
    @Test
    void memoryMediaAndFilesDependOnTheCoreAndTheJdkOnly() {
        for (String module : new String[] {"memory", "media", "files"}) {
            classes()
                    .that()
                    .resideInAPackage("io.vigint." + module + "..")
                    .should()
                    .onlyDependOnClassesThat()
                    .resideInAnyPackage("io.vigint.core..", "io.vigint." + module + "..", "java..", "javax..")
                    .check(vigint);
        }
    }

    /**
     * The video codec adapter needs the core, the JDK (ImageIO, java.awt for the clip overlay) and FFmpeg through
     * JavaCV/JavaCPP ({@code org.bytedeco}) only.
     */
    @Test
    void ffmpegDependsOnTheCoreTheJdkAndJavaCvOnly() {
        classes()
                .that()
                .resideInAPackage("io.vigint.ffmpeg..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("io.vigint.core..", "io.vigint.ffmpeg..", "java..", "javax..", "org.bytedeco..")
                .check(vigint);
    }

    /**
     * The reader of original deployments needs the core, the JDK, MyBatis, the SQLite driver's configuration
     * and Guice (its module) only.
     */
    @Test
    void legacyDependsOnTheCoreTheJdkMyBatisAndTheSqliteDriverOnly() {
        classes()
                .that()
                .resideInAPackage("io.vigint.legacy..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "io.vigint.core..",
                        "io.vigint.legacy..",
                        "java..",
                        "org.apache.ibatis..",
                        "org.sqlite..",
                        "com.google.inject..")
                .check(vigint);
    }

    /**
     * Adapters depend on the core, not on each other or the CLI. Two exceptions: vigint-files is the small
     * shared files adapter (owner-only files for the mail outbox, key files and the embedded database), and
     * vigint-http still takes the {@code VigintCore} facade of vigint-memory until its resources inject use
     * cases.
     */
    @Test
    void adaptersDependOnTheCoreButNotOnEachOtherTheAppOrTheCli() {
        for (String adapter : ADAPTERS) {
            noClasses()
                    .that()
                    .resideInAPackage("io.vigint." + adapter + "..")
                    .should()
                    .dependOnClassesThat(resideInAnyPackage(otherVigintModules(adapter))
                            .and(not(belongToAnyOf(allowedAcross(adapter)))))
                    .allowEmptyShould(true)
                    .check(vigint);
        }
    }

    private static final String[] ADAPTERS = {
        "memory",
        "media",
        "ffmpeg",
        "files",
        "persistence",
        "legacy",
        "http",
        "security",
        "billing",
        "mail",
        "gemini",
        "qonto"
    };

    /** The one class an adapter may take from another: the owner-only file modes of the data directory. */
    private static Class<?>[] allowedAcross(String adapter) {
        return new Class<?>[] {io.vigint.files.OwnerOnlyFiles.class};
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
        return java.util.stream.Stream.concat(
                        java.util.Arrays.stream(ADAPTERS), java.util.stream.Stream.of("app", "cli"))
                .filter(module -> !module.equals(adapter))
                .map(module -> "io.vigint." + module + "..")
                .toArray(String[]::new);
    }
}
