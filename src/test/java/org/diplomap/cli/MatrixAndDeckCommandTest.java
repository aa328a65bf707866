package org.diplomap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.diplomap.graph.TieStyle;
import org.diplomap.io.DatasetWriter;
import org.diplomap.model.Dataset;
import org.diplomap.model.LayoutKind;
import org.diplomap.model.PartialDate;
import org.diplomap.model.SavedView;
import org.diplomap.model.TieType;
import org.diplomap.store.Workspace;
import org.diplomap.timeline.TimelineEvent;
import org.diplomap.timeline.TimelineIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --layout matrix} on every picture export, and {@code export --briefing}. */
class MatrixAndDeckCommandTest {

    private static final String DATE = "2025-07-03";
    /** Drawn in the corner between the matrix's two axes, and nowhere else. */
    private static final String AXIS_NOTE = "from \u2193  to \u2192";

    @TempDir
    Path dir;

    private CommandRun run(String... args) {
        return CommandRun.of(dir.resolve("db"), args);
    }

    private CommandRun runOk(String... args) {
        CommandRun result = run(args);
        assertThat(result.status()).as(result.err()).isZero();
        return result;
    }

    private static int pixelsOf(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void pngSvgAndPdfDrawTheMatrix() throws Exception {
        Path png = dir.resolve("m.png");
        Path network = dir.resolve("n.png");
        Path svg = dir.resolve("m.svg");
        Path pdf = dir.resolve("m.pdf");
        runOk("export", "--date", DATE, "--layout", "matrix", "--out", png.toString(), "--no-legend");
        runOk("export", "--date", DATE, "--out", network.toString(), "--no-legend");
        runOk("export", "--date", DATE, "--layout", "matrix", "--out", svg.toString());
        runOk("export", "--date", DATE, "--layout", "matrix", "--out", pdf.toString(), "--width", "842",
                "--height", "595");

        BufferedImage matrix = ImageIO.read(png.toFile());
        // Without the legend, a type's colour comes only from the cells: every type of that day is there.
        for (TieType type : TieType.values()) {
            assertThat(pixelsOf(matrix, TieStyle.of(type).rgb())).as(type.code()).isGreaterThan(20);
        }
        assertThat(Files.readAllBytes(png)).isNotEqualTo(Files.readAllBytes(network));
        String svgText = Files.readString(svg);
        assertThat(svgText).contains(AXIS_NOTE, ">Russia<", ">Afghanistan<");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Russia", "Afghanistan", "from");
        }
        String networkSvg = dir.resolve("n.svg").toString();
        runOk("export", "--date", DATE, "--out", networkSvg);
        assertThat(Files.readString(Path.of(networkSvg))).doesNotContain(AXIS_NOTE);
    }

    @Test
    void animationsDrawTheMatrixAsTheStillPictureDoes() throws Exception {
        Path still = dir.resolve("still.png");
        runOk("export", "--date", "2024-01-01", "--layout", "matrix", "--out", still.toString(), "--width", "400",
                "--height", "300");
        runOk("export", "--from", "2024-01-01", "--to", "2025-01-01", "--step", "1y", "--layout", "matrix",
                "--out", dir.resolve("frames/f.png").toString(), "--width", "400", "--height", "300");
        Path gif = dir.resolve("m.gif");
        runOk("export", "--from", "2024-01-01", "--to", "2025-01-01", "--step", "1y", "--layout", "matrix",
                "--out", gif.toString(), "--width", "400", "--height", "300");

        List<Path> frames;
        try (Stream<Path> files = Files.list(dir.resolve("frames"))) {
            frames = files.sorted().toList();
        }
        assertThat(frames).hasSize(2);
        assertThat(Files.readAllBytes(frames.get(0))).isEqualTo(Files.readAllBytes(still));
        assertThat(Files.size(gif)).isPositive();
    }

    @Test
    void anUnknownLayoutNamesTheThree() {
        CommandRun result = run("export", "--date", DATE, "--layout", "grid", "--out", dir.resolve("x.png").toString());
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err().strip()).isEqualTo("--layout: 'grid' is not a layout; give network, geographic or matrix");
    }

    private Path datasetWithViews(List<SavedView> views) throws Exception {
        Dataset bundled = Workspace.bundledDataset();
        Path file = dir.resolve("with-views.json");
        new DatasetWriter().write(new Dataset(bundled.title(), bundled.states(), bundled.ties(), bundled.events(),
                views), file);
        return file;
    }

    @Test
    void theDeckHasATitlePageAndAPagePerViewWithItsNameDateCaptionAndSources() throws Exception {
        List<SavedView> views = List.of(
                new SavedView("Moscow recognises", PartialDate.parse(DATE), Set.of(), false, null,
                        LayoutKind.NETWORK, 1, 0, 0),
                new SavedView("Who ties to Kabul", PartialDate.parse("2025-08"), Set.of(TieType.ENGAGEMENT), false,
                        "AFG", LayoutKind.MATRIX, 1, 0, 0),
                new SavedView("On the map", PartialDate.parse("2024"), Set.of(), true, null, LayoutKind.GEOGRAPHIC,
                        1, 0, 0));
        runOk("import", "--replace", datasetWithViews(views).toString());
        Path deck = dir.resolve("deck.pdf");

        CommandRun result = runOk("export", "--briefing", "--out", deck.toString());

        assertThat(result.out()).contains("deck.pdf");
        TimelineIndex index = TimelineIndex.of(Workspace.bundledDataset());
        try (PDDocument document = Loader.loadPDF(deck.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(views.size() + 1);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                PDRectangle box = document.getPage(i).getMediaBox();
                assertThat((double) box.getWidth() / box.getHeight()).isCloseTo(16.0 / 9, org.assertj.core.data.Offset.offset(0.01));
                assertThat(box.getWidth()).isGreaterThan(box.getHeight());
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertThat(stripper.getText(document)).contains(index.title());
            for (int i = 0; i < views.size(); i++) {
                SavedView view = views.get(i);
                stripper.setStartPage(i + 2);
                stripper.setEndPage(i + 2);
                String page = stripper.getText(document).replaceAll("\\s+", " ");
                assertThat(page).contains(view.name(), view.date().toString(), (i + 1) + " / " + views.size());
                TimelineEvent caption = index.events().get(index.currentEventAt(view.date().firstDay()));
                // Characters that the standard PDF font lacks (an arrow) are drawn as outlines, not as text.
                String title = caption.title().replaceAll("[^\\x20-\\xFF]", " ").replaceAll("\\s+", " ");
                assertThat(page).contains(title.substring(0, Math.min(30, title.length())));
                // The most used source of the ties shown that day is in the small print.
                java.util.Map<String, Long> uses = index.snapshotAt(view.date().firstDay()).ties().stream()
                        .filter(t -> !view.hiddenTypes().contains(t.type()) && t.source() != null)
                        .collect(java.util.stream.Collectors.groupingBy(t -> t.source().strip(),
                                java.util.stream.Collectors.counting()));
                String source = uses.keySet().stream().min(java.util.Comparator
                        .comparing((String k) -> -uses.get(k)).thenComparing(k -> k)).orElseThrow();
                assertThat(page).contains("Sources of the ties shown");
                assertThat(page).contains(source.substring(0, Math.min(25, source.length())).replaceAll("\\s+", " "));
            }
        }
    }

    @Test
    void aDeckOfADatabaseWithoutSavedViewsIsOneLineAndNoFile() {
        Path deck = dir.resolve("deck.pdf");
        CommandRun result = run("export", "--briefing", "--out", deck.toString());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err().strip()).startsWith("--briefing: ").contains("no saved views").doesNotContain("\n");
        assertThat(deck).doesNotExist();
    }

    @Test
    void aDeckIsAPdf() {
        CommandRun result = run("export", "--briefing", "--out", dir.resolve("deck.png").toString());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err().strip()).endsWith("a briefing deck is a PDF; name the file *.pdf")
                .startsWith("--out: ").doesNotContain("\n");
        assertThat(dir.resolve("deck.png")).doesNotExist();
    }
}
