package org.diplomap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.diplomap.Main;
import org.diplomap.store.h2.H2Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large import in a small heap stores everything and says so: the command line builds no timeline index after
 * storing, and H2 holds no large transaction. 50,000 ties in 64 MB stand for the 200,000 of a 55 MB file in
 * 256 MB, which take too long for a test (docs/PERFORMANCE.md has that run).
 */
class SmallHeapImportTest {

    @TempDir
    Path dir;

    @Test
    void fiftyThousandTiesImportWholeInSixtyFourMegabytes() throws Exception {
        Path file = dir.resolve("world.json");
        CommandRun generated = CommandRun.of(dir.resolve("unused"), "generate", "--ties", "50000", "--out",
                file.toString());
        assertThat(generated.status()).as(generated.err()).isZero();
        Path database = dir.resolve("db");

        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-Duser.home=" + dir, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--db", database.toString(), "import", "--replace", file.toString()))
                .redirectError(dir.resolve("child.err").toFile())
                .redirectOutput(dir.resolve("child.out").toFile())
                .start();
        assertThat(child.waitFor(180, TimeUnit.SECONDS)).isTrue();
        String out = Files.readString(dir.resolve("child.out"), StandardCharsets.UTF_8);
        String err = Files.readString(dir.resolve("child.err"), StandardCharsets.UTF_8);

        assertThat(child.exitValue()).as(err).isZero();
        assertThat(out).startsWith("Imported 200 states, 50000 ties");
        assertThat(err.lines()).allMatch(line -> line.matches("(Reading|Checking|Storing).*"));
        try (H2Store store = H2Store.open(database)) {
            assertThat(store.load().ties()).hasSize(50_000);
        }
    }
}
