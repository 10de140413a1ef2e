package dev.applypilot.shared;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * {@code shared} is compiled to JavaScript by TeaVM for the extension. TeaVM only compiles what the extension
 * reaches, so this rule also guards code the extension does not use yet: no JVM-only APIs (files, network,
 * reflection, threads) and no libraries.
 */
class TeaVmCompatibilityTest {
    private final JavaClasses shared = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.applypilot.shared");

    @Test
    void dependsOnlyOnTheJdkSubsetTeaVmProvides() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage(
                        "dev.applypilot.shared..", "java.lang", "java.lang.invoke", "java.util", "java.util.function",
                        "java.util.stream", "java.math", "java.time", "java.time.format", "java.time.temporal",
                        "java.nio.charset", "java.io")
                .because("TeaVM's class library covers these; anything else breaks the extension build or the browser")
                .allowEmptyShould(true)
                .check(shared);
    }

    @Test
    void usesNoFilesThreadsOrReflection() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.lang.Thread")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.ClassLoader")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.ProcessBuilder")
                .orShould().dependOnClassesThat().haveNameMatching("java\\.io\\.(File|RandomAccessFile).*")
                .orShould().callMethod(Class.class, "forName", String.class)
                .orShould().callMethod(Class.class, "getDeclaredMethods")
                .orShould().callMethod(System.class, "getenv", String.class)
                .because("the extension runs in a browser: no file system, no threads, no reflection, no environment")
                .allowEmptyShould(true)
                .check(shared);
    }
}
