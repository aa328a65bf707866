package org.diplomap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.diplomap.model.Confidence;
import org.diplomap.model.Dataset;
import org.diplomap.model.PartialDate;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.diplomap.store.h2.H2Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Texts with tabs, line breaks and even control characters (stored by a Diplomap that did not refuse them yet)
 * come out in valid SVG, GEXF and PDF files, with nothing printed but the line that says what was written.
 */
class ExportedTextTest {

    @TempDir
    Path dir;

    @Test
    void svgGexfAndPdfAreValidWhateverTheTextsHold() throws Exception {
        Path database = dir.resolve("db");
        try (H2Store store = H2Store.open(database)) {
            store.importDataset(new Dataset("Title\u0001 with\ttab", List.of(
                    new State("AAA", "Tab\there"), new State("BBB", "New\r\nline"), new State("CCC", "Bell\u0007\uFFFF")),
                    List.of(new Tie("AAA", "BBB", TieType.RECOGNITION, PartialDate.parse("2020"), null, "x\u0002",
                            "Source\u001b[2J\nsecond line", Confidence.HIGH),
                            new Tie("BBB", "CCC", TieType.AMBASSADOR, PartialDate.parse("2020"), null, null, null,
                                    Confidence.HIGH)),
                    List.of()), true);
        }
        for (String name : List.of("a.svg", "a.gexf", "a.pdf")) {
            Path out = dir.resolve(name);
            // Libraries print to the process's stderr, past the command line's own writer.
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            PrintStream stderr = System.err;
            CommandRun result;
            System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
            try {
                result = name.endsWith(".gexf")
                        ? CommandRun.of(database, "export", "--out", out.toString())
                        : CommandRun.of(database, "export", "--date", "2021", "--out", out.toString());
            } finally {
                System.setErr(stderr);
            }
            assertThat(printed.toString(StandardCharsets.UTF_8)).as(name).isEmpty();

            assertThat(result.status()).as(name + ": " + result.err()).isZero();
            assertThat(result.err()).as(name).isEmpty();
            if (name.endsWith(".pdf")) {
                try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
                    assertThat(new PDFTextStripper().getText(pdf)).contains("Tab here");
                }
            } else {
                DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile());
            }
        }
    }
}
