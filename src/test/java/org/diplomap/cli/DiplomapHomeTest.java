package org.diplomap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.diplomap.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Everything Diplomap writes goes to DIPLOMAP_HOME, nothing to the user's home folder. */
class DiplomapHomeTest {

    @TempDir
    Path dir;

    @Test
    void theWindowKeepsItsDatabaseAndPreferencesInDiplomapHome() throws Exception {
        Path home = dir.resolve("diplomap-home");
        Path userHome = Files.createDirectories(dir.resolve("user"));
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Duser.home=" + userHome, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--headless", "--screenshot", dir.resolve("window.png").toString()));
        builder.environment().put("DIPLOMAP_HOME", home.toString());
        builder.environment().remove("DIPLOMAP_DB");
        Process program = builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(program.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(program.exitValue()).isZero();

        assertThat(home.resolve("diplomap.mv.db")).exists();
        assertThat(home.resolve("preferences.properties")).exists();
        assertThat(Files.readString(home.resolve("preferences.properties"))).contains("diplomap.mv.db");
        // Java's font cache and JavaFX's native libraries go there too; nothing of Diplomap's own may.
        try (Stream<Path> written = Files.walk(userHome)) {
            assertThat(written.map(p -> userHome.relativize(p).toString()))
                    .noneMatch(p -> p.contains("diplomap") || p.contains(".userPrefs"));
        }
    }
}
