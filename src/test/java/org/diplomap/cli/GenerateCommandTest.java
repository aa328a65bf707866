package org.diplomap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.diplomap.io.DatasetReader;
import org.diplomap.model.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GenerateCommandTest {

    @TempDir
    Path dir;

    private CommandRun run(String... args) {
        return CommandRun.of(dir.resolve("db"), args);
    }

    @Test
    void writesADatasetThatReadsBackAndLeavesTheDatabaseAlone() throws Exception {
        Path file = dir.resolve("world.json");

        CommandRun result = run("generate", "--states", "30", "--ties", "800", "--from", "1900", "--to", "2000",
                "--seed", "5", "--out", file.toString());

        assertThat(result.status()).as(result.err()).isZero();
        Dataset dataset = new DatasetReader().read(file);
        assertThat(dataset.states()).hasSize(30);
        assertThat(dataset.ties()).hasSize(800);
        assertThat(result.out().strip()).isEqualTo("Wrote " + file + ": 30 states, 800 ties, "
                + dataset.events().size() + " events");
        assertThat(dataset.title()).contains("seed 5");
        assertThat(dir.resolve("db.mv.db")).doesNotExist();
    }

    @Test
    void theSameSeedWritesTheSameFile() throws Exception {
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");

        run("generate", "--states", "20", "--ties", "300", "--seed", "9", "--out", first.toString());
        run("generate", "--states", "20", "--ties", "300", "--seed", "9", "--out", second.toString());

        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--states=1 | --states:",
        "--states=100000 | --states:",
        "--ties=-1 | --ties:",
        "--from=2000 --to=2000 | --from:",
        "--from=2010 --to=2000 | --from:",
        "--to=10000 | --to:",
        "--from=0 | --from:"})
    void badOptionsExitWithStatusTwoAndOneLineNamingTheOption(String options, String named) {
        Path file = dir.resolve("bad.json");
        List<String> args = new ArrayList<>(List.of("generate", "--out", file.toString()));
        args.addAll(List.of(options.split(" ")));

        CommandRun result = run(args.toArray(String[]::new));

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err().lines()).singleElement().asString().startsWith(named);
        assertThat(file).doesNotExist();
    }

    @Test
    void aMissingOutputFileIsBadUsageNamingTheOption() {
        CommandRun result = run("generate", "--states", "10", "--ties", "10");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err().strip()).isEqualTo("--out: missing; name the dataset file to write");
    }
}
