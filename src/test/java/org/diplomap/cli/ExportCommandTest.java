package org.diplomap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.diplomap.graph.TieStyle;
import org.diplomap.model.Dataset;
import org.diplomap.model.Snapshot;
import org.diplomap.model.TieType;
import org.diplomap.render.VectorExports;
import org.diplomap.store.Workspace;
import org.diplomap.store.h2.H2Workspaces;
import org.diplomap.timeline.TimelineIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ExportCommandTest {

    private static final String DATE = "2025-07-03";

    @TempDir
    Path dir;

    private CommandRun run(String... args) {
        return CommandRun.of(dir.resolve("db"), args);
    }

    private static Snapshot bundledAt(String date) {
        return TimelineIndex.of(Workspace.bundledDataset()).snapshotAt(LocalDate.parse(date));
    }

    private static Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static List<Element> elements(Document doc, String name) {
        NodeList nodes = doc.getElementsByTagNameNS("*", name);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    /** Pixels near the colour, allowing for antialiasing. */
    static int pixelsOf(BufferedImage image, int rgb) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                int dr = Math.abs(((p >> 16) & 0xFF) - ((rgb >> 16) & 0xFF));
                int dg = Math.abs(((p >> 8) & 0xFF) - ((rgb >> 8) & 0xFF));
                int db = Math.abs((p & 0xFF) - (rgb & 0xFF));
                if (dr + dg + db <= 12) {
                    count++;
                }
            }
        }
        return count;
    }

    private CommandRun runOk(String... args) {
        CommandRun result = run(args);
        assertThat(result.status()).as(result.err()).isZero();
        return result;
    }

    @Test
    void pngAtScaleTwoHasTwiceThePixelsAndTheColoursOfTheTypesPresent() throws Exception {
        Path png = dir.resolve("afg.png");
        runOk("export", "--date", DATE, "--out", png.toString(), "--width", "800", "--height", "500", "--scale", "2",
                "--no-legend");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(1000);
        // Without the legend, a type's colour can come only from its ties.
        Map<TieType, Integer> counts = bundledAt(DATE).countsByType();
        for (TieType type : TieType.values()) {
            int pixels = pixelsOf(image, TieStyle.of(type).rgb());
            if (counts.get(type) > 0) {
                assertThat(pixels).as(type.name()).isGreaterThan(50);
            } else {
                assertThat(pixels).as(type.name()).isZero();
            }
        }
    }

    @Test
    void pngWithAFilterShowsOnlyTheTypesAsked() throws Exception {
        Path png = dir.resolve("afg.png");
        runOk("export", "--date", DATE, "--out", png.toString(), "--filter", "recognition");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(pixelsOf(image, TieStyle.RECOGNITION.rgb())).isGreaterThan(50);
        assertThat(pixelsOf(image, TieStyle.AMBASSADOR.rgb())).isZero();
        assertThat(pixelsOf(image, TieStyle.ENGAGEMENT.rgb())).isZero();
    }

    @Test
    void svgHoldsOneGroupPerTieAndTheNamesAsText() throws Exception {
        Path svg = dir.resolve("afg.svg");
        runOk("export", "--date", DATE, "--out", svg.toString(), "--layout", "geographic", "--focus", "rus");
        Document doc = xml(svg);
        long ties = elements(doc, "g").stream()
                .filter(g -> g.getAttribute("class").equals(VectorExports.TIE_CLASS)).count();
        assertThat(ties).isEqualTo(bundledAt(DATE).ties().size());
        assertThat(elements(doc, "text")).extracting(Element::getTextContent).contains("Afghanistan", "Russia");
    }

    @Test
    void geographicSvgDrawsTheMapInAGroupOfItsOwn() throws Exception {
        Path svg = dir.resolve("map.svg");
        runOk("export", "--date", DATE, "--out", svg.toString(), "--layout", "geographic");
        Path plain = dir.resolve("plain.svg");
        runOk("export", "--date", DATE, "--out", plain.toString());

        assertThat(elements(xml(svg), "g")).filteredOn(g -> g.getAttribute("class").equals(VectorExports.MAP_CLASS))
                .isNotEmpty().allMatch(g -> g.getElementsByTagName("path").getLength() > 100);
        assertThat(elements(xml(plain), "g")).noneMatch(g -> g.getAttribute("class").equals(VectorExports.MAP_CLASS));
    }

    @Test
    void statesWithoutTiesCanBeLeftOutAsInTheWindow() throws Exception {
        Path all = dir.resolve("all.svg");
        runOk("export", "--date", DATE, "--out", all.toString());
        Path active = dir.resolve("active.svg");
        runOk("export", "--date", DATE, "--out", active.toString(), "--hide-states-without-ties");

        // Saudi Arabia has no tie that day.
        assertThat(elements(xml(all), "text")).extracting(Element::getTextContent).contains("Saudi Arabia", "Russia");
        assertThat(elements(xml(active), "text")).extracting(Element::getTextContent).doesNotContain("Saudi Arabia")
                .contains("Russia");
    }

    @Test
    void pdfTextHoldsTheStateNames() throws Exception {
        Path pdf = dir.resolve("afg.pdf");
        runOk("export", "--date", DATE, "--out", pdf.toString(), "--width", "842", "--height", "595");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Afghanistan", "Russia");
        }
    }

    @Test
    void gexfHoldsOneEdgeWithASpellPerTie() throws Exception {
        Path gexf = dir.resolve("afg.gexf");
        runOk("export", "--out", gexf.toString());
        Document doc = xml(gexf);
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://gexf.net/1.3");
        List<Element> edges = elements(doc, "edge");
        assertThat(edges).hasSize(Workspace.bundledDataset().ties().size());
        assertThat(edges).allSatisfy(e -> assertThat(e.getElementsByTagNameNS("*", "spell").getLength()).isEqualTo(1));
    }

    @Test
    void csvOfAStateAndSourceThatLookLikeFormulasStaysInert() throws Exception {
        Path data = dir.resolve("formula.json");
        Files.writeString(data, """
                {"format": "diplomap-dataset", "version": 1, "title": "Formulas",
                 "states": [{"code": "AAA", "name": "=cmd"}, {"code": "BBB", "name": "Beta"}],
                 "ties": [{"from": "AAA", "to": "BBB", "type": "recognition", "start": "2020",
                           "source": "=cmd|' /C calc'!A0"}]}
                """);
        runOk("import", "--replace", data.toString());
        Path csv = dir.resolve("formula.csv");
        runOk("export", "--date", "2021", "--out", csv.toString());
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("AAA,BBB,recognition,2020,,");
        for (String cell : lines.get(1).split(",")) {
            assertThat(cell).doesNotStartWith("=");
        }
        assertThat(lines.get(1)).contains("'=cmd");
    }

    @Test
    void jsonWithADateIsTheSnapshot() throws Exception {
        Path json = dir.resolve("snapshot.json");
        runOk("export", "--date", DATE, "--out", json.toString());
        StringWriter expected = new StringWriter();
        new org.diplomap.io.SnapshotWriter().writeJson(bundledAt(DATE), expected);
        assertThat(Files.readString(json)).isEqualTo(expected.toString());
    }

    @Test
    void jsonWithoutADateReimportsToTheSameDatabase() throws Exception {
        Path json = dir.resolve("whole.json");
        runOk("export", "--out", json.toString());
        Dataset original;
        try (Workspace workspace = H2Workspaces.open(dir.resolve("db"))) {
            original = workspace.store().load();
        }
        try (Workspace copy = H2Workspaces.openUnseeded(dir.resolve("copy"))) {
            copy.importFiles(List.of(json), true);
            assertThat(copy.store().load()).isEqualTo(original);
        }
        assertThat(original.ties()).isNotEmpty();
        assertThat(original.views()).isNotNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--date=2025 --out=x.bmp | --out: x.bmp: unknown format",
        "--date=2025 --out=x | --out: x: unknown format",
        "--date=2025 --out=x.svg --width=0 | --width: 0 is not a size",
        "--date=2025 --out=x.pdf --height=-3 | --height: -3 is not a size",
        "--date=2025 --out=x.png --scale=0 | --scale: 0.0 is not a scale",
        "--date=2025 --out=x.png --layout=circle | --layout: 'circle' is not a layout",
        "--date=2025 --out=x.png --focus=XYZ | --focus: 'XYZ' is not the code of a state of the dataset",
        "--date=2025 --out=x.png --filter=recognition,friendship | --filter: 'friendship' is not a tie type",
        "--out=x.png | --date: a png export shows one date; give --date D",
        "--out=x.csv | --date: a csv export shows one date; give --date D",
        "--date=2025 --out=x.gexf | --date: a gexf export holds every date",
        "--out=x.json --focus=AFG | --focus: a json export without --date is the whole dataset",
    })
    void badOptionsExitWithStatusTwoAndOneLine(String options, String message) {
        List<String> args = new ArrayList<>(List.of("export"));
        for (String option : options.strip().split(" ")) {
            args.add(option.startsWith("--out=") ? "--out=" + dir.resolve(option.substring(6)) : option);
        }
        CommandRun result = run(args.toArray(String[]::new));
        assertThat(result.status()).isEqualTo(2);
        String line = result.err().strip();
        assertThat(line.lines()).hasSize(1);
        assertThat(line.replace(dir.toString() + java.io.File.separator, "")).startsWith(message);
        assertThat(dir).isDirectoryNotContaining(p -> p.getFileName().toString().startsWith("x"));
    }
}
