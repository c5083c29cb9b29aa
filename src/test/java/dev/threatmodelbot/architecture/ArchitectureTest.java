package dev.threatmodelbot.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency rule of the hexagon, and each technology kept in its own adapter. */
class ArchitectureTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.threatmodelbot");

    @Test
    void domain_should_use_only_the_jdk() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "..domain..")
                .check(CLASSES);
    }

    @Test
    void application_should_not_know_adapters_or_bootstrap() {
        noClasses().that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAnyPackage("..adapter..", "..bootstrap..",
                        "com.slack..", "redis..", "com.microsoft.bot..", "dev.langchain4j..", "org.eclipse.jetty..",
                        "com.fasterxml..")
                .check(CLASSES);
    }

    @Test
    void each_technology_should_stay_in_its_adapter() {
        noClasses().that().resideOutsideOfPackage("..adapter.slack..")
                .should().dependOnClassesThat().resideInAPackage("com.slack..").check(CLASSES);
        noClasses().that().resideOutsideOfPackage("..adapter.redis..")
                .should().dependOnClassesThat().resideInAnyPackage("redis.clients..", "redis.embedded..")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackage("..adapter.http..")
                .should().dependOnClassesThat().resideInAPackage("org.eclipse.jetty..").check(CLASSES);
        noClasses().that().resideOutsideOfPackages("..adapter.slack..", "..adapter.web..", "..adapter.teams..",
                "..adapter.http..").should().dependOnClassesThat().resideInAPackage("jakarta.servlet..").check(CLASSES);
        noClasses().that().resideOutsideOfPackages("..adapter.teams..")
                .should().dependOnClassesThat().resideInAPackage("com.microsoft.bot..").check(CLASSES);
        noClasses().that().resideOutsideOfPackages("..adapter.llm..", "..adapter.offline..")
                .should().dependOnClassesThat().resideInAPackage("dev.langchain4j..").check(CLASSES);
    }

    @Test
    void adapters_should_not_depend_on_each_other_or_on_bootstrap() {
        noClasses().that().resideInAPackage("..adapter..")
                .should().dependOnClassesThat().resideInAPackage("..bootstrap..").check(CLASSES);
        for (String a : ADAPTERS) {
            noClasses().that().resideInAPackage("..adapter." + a + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(otherAdapters(a))
                    .check(CLASSES);
        }
    }

    @Test
    void only_bootstrap_should_read_the_environment() {
        noClasses().that().resideOutsideOfPackage("..bootstrap..")
                .should().callMethod(System.class, "getenv")
                .orShould().callMethod(System.class, "getenv", String.class)
                .check(CLASSES);
    }

    /** Every adapter package: each is held apart from all the others. */
    static final String[] ADAPTERS = {"slack", "web", "teams", "redis", "http", "offline", "llm", "jira", "render", "docs",
            "metrics"};

    @Test
    void every_adapter_package_should_be_in_the_list_above() {
        java.util.Set<String> present = CLASSES.stream().map(c -> c.getPackageName())
                .filter(p -> p.startsWith("dev.threatmodelbot.adapter."))
                .map(p -> p.substring("dev.threatmodelbot.adapter.".length()).split("\\.")[0])
                .collect(java.util.stream.Collectors.toSet());
        org.assertj.core.api.Assertions.assertThat(java.util.List.of(ADAPTERS)).containsAll(present);
    }

    private static String[] otherAdapters(String self) {
        return java.util.stream.Stream.of(ADAPTERS)
                .filter(a -> !a.equals(self)).map(a -> "..adapter." + a + "..").toArray(String[]::new);
    }
}
