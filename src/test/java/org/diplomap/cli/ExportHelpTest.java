package org.diplomap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.diplomap.render.export.ExportFormat;
import org.diplomap.render.export.ExportFormats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The help and the README list the formats of the one table of export formats. */
class ExportHelpTest {

    @TempDir
    Path dir;

    private List<String> formatLines() {
        CommandRun help = CommandRun.of(dir.resolve("db"), "export", "--help");
        assertThat(help.status()).as(help.err()).isZero();
        List<String> lines = help.out().lines().toList();
        assertThat(lines).contains("Formats:");
        return lines.subList(lines.indexOf("Formats:") + 1, lines.size()).stream()
                .filter(line -> !line.isBlank()).toList();
    }

    @Test
    void theHelpListsEveryFormatOfTheTableOnALineOfItsOwn() {
        List<String> lines = formatLines();

        assertThat(lines).hasSameSizeAs(ExportFormats.ALL);
        for (int i = 0; i < lines.size(); i++) {
            ExportFormat format = ExportFormats.ALL.get(i);
            assertThat(lines.get(i)).startsWith("  " + format.name() + " ").contains("*." + format.extension())
                    .endsWith(format.description());
        }
    }

    @Test
    void theReadmeListsTheFormatsAsTheHelpDoes() throws Exception {
        String readme = Files.readString(Path.of("README.md"));

        assertThat(readme).contains(String.join("\n", formatLines()));
    }
}
