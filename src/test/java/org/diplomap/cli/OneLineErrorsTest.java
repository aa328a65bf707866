package org.diplomap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.diplomap.log.ErrorLog;
import org.diplomap.model.Dataset;
import org.diplomap.model.State;
import org.diplomap.store.h2.H2Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every error is one line on the terminal, naming what is wrong; an unexpected one leaves its trace in the log. */
class OneLineErrorsTest {

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--db", dir.resolve("db").toString()));
        all.addAll(List.of(args));
        int status = DiplomapCommand.run(all.toArray(String[]::new), new PrintWriter(out, true),
                new PrintWriter(err, true), log());
        return new Run(status, out.toString(), err.toString());
    }

    private ErrorLog log() {
        return new ErrorLog(dir.resolve("logs"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "export --date 2025 --out OUT.png --width abc | '--width' | diplomap export --help",
        "export --date 2025 --out OUT.png --width 99999999999 | '--width' | diplomap export --help",
        "export --bogus | '--bogus' | diplomap export --help",
        "export --date 2025 --out OUT.png --bogus | '--bogus' | diplomap export --help",
        "snapshot | '--date=D' | diplomap snapshot --help",
        "snapshot --date 2025 --format xml | '--format' | diplomap snapshot --help",
        "import | 'FILE' | diplomap import --help",
        "--no-such-option | '--no-such-option' | diplomap --help",
    })
    void badUsageIsOneLineNamingTheOptionAndPointingToHelp(String args, String named, String help) {
        Run result = run(args.replace("OUT", dir.resolve("x").toString()).split(" "));

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err().lines()).singleElement().asString().contains(named).contains("(see " + help + ")");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void anExportThroughAFolderThatCannotBeMadeIsOneLineForEveryFormat() {
        for (String name : List.of("a.png", "a.pdf", "a.svg", "a.gexf")) {
            String out = dir.resolve("missing").resolve("..").resolve("elsewhere").resolve(name).toString();
            Run result = name.endsWith(".gexf") ? run("export", "--out", out) : run("export", "--date", "2025", "--out", out);

            assertThat(result.status()).as(name).isEqualTo(2);
            assertThat(result.err().lines()).as(name).singleElement().asString().endsWith(": no such folder");
        }
        for (String[] animation : List.of(new String[] {"a.gif", "event"}, new String[] {"a.png", "1y"})) {
            String out = dir.resolve("missing").resolve("..").resolve("elsewhere").resolve(animation[0]).toString();
            Run result = run("export", "--from", "2021", "--to", "2025", "--step", animation[1], "--out", out);

            assertThat(result.status()).as(animation[0]).isEqualTo(2);
            assertThat(result.err().lines()).as(animation[0]).singleElement().asString().endsWith(": no such folder");
        }
        assertThat(dir.resolve("logs")).doesNotExist();
    }

    @Test
    void anUnexpectedErrorIsOneLineOnTheTerminalAndItsTraceInTheLogAndTheFileItWasToReplaceIsKept() throws Exception {
        // A name stored by an earlier Diplomap, before import refused half a character.
        try (H2Store store = H2Store.open(dir.resolve("db"))) {
            store.importDataset(new Dataset("Broken", List.of(new State("AAA", "Half \ud800 a character")), List.of(),
                    List.of()), true);
        }
        Path kept = dir.resolve("keep.json");
        Files.writeString(kept, "the user's earlier backup");

        Run result = run("export", "--out", kept.toString());

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err().lines()).singleElement().asString()
                .contains("(the details are in " + log().current() + ")");
        assertThat(Files.readString(log().current())).contains("\tat org.diplomap.");
        assertThat(Files.readString(kept)).isEqualTo("the user's earlier backup");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).noneMatch(p -> p.getFileName().toString().endsWith(".part"));
        }
    }

    @Test
    void controlCharactersOfTheInputAreShownEscaped() throws Exception {
        Path file = dir.resolve("ties.csv");
        Files.writeString(file, "from,to,type,start\nRUS,AFG,\u001b]0;owned\u0007\u001b[2Jx\u0000,2025\n");

        Run result = run("import", file.toString());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err().lines()).singleElement().asString()
                .contains("\\u001B]0;owned\\u0007\\u001B[2Jx\\u0000")
                .doesNotContainPattern("\\p{Cntrl}");
    }
}
