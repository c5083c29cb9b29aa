package dev.threatmodelbot.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's package table names every package there is, and only those. */
class ReadmePackagesTest {

    @Test
    void the_package_table_should_match_the_code() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("| package | holds |");
        assertThat(start).as("the README has a package table").isPositive();
        List<String> rows = readme.substring(start).lines().skip(2).takeWhile(l -> l.startsWith("|")).toList();
        Set<String> named = new TreeSet<>();
        Set<String> rowPackages = new TreeSet<>();
        Pattern code = Pattern.compile("`([a-z]+(?:\\.[a-z]+)*)`");
        for (String row : rows) {
            Matcher m = code.matcher(row);
            boolean first = true;
            while (m.find()) {
                named.add(m.group(1));
                if (first) {
                    rowPackages.add(m.group(1));
                    first = false;
                }
            }
        }
        Set<String> packages = ArchitectureTest.CLASSES.stream().map(c -> c.getPackageName())
                .filter(p -> p.startsWith("dev.threatmodelbot."))
                .map(p -> p.substring("dev.threatmodelbot.".length()))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(named).as("packages the README names").containsAll(packages);
        assertThat(packages).as("packages in the code").containsAll(rowPackages);
    }
}
