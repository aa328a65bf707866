package org.diplomap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.diplomap.model.TieType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class VectorExportsTest {

    @TempDir
    Path dir;

    private final VectorExports exports = new VectorExports();

    static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    static List<Element> elements(Document doc, String name) {
        NodeList nodes = doc.getElementsByTagNameNS("*", name);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    static long tieGroups(Document doc) {
        return elements(doc, "g").stream().filter(g -> g.getAttribute("class").equals(VectorExports.TIE_CLASS)).count();
    }

    @Test
    void svgIsXmlWithOneGroupPerTieAndTheNamesAsText() throws Exception {
        Path svg = dir.resolve("afg.svg");
        exports.writeSvg(Scenes.afghanistan(), 1200, 800, svg);
        Document doc = parse(svg);
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(tieGroups(doc)).isEqualTo(Scenes.afghanistan().snapshot().ties().size());
        List<String> texts = elements(doc, "text").stream().map(Element::getTextContent).toList();
        assertThat(texts).contains("Afghanistan", "Russia", "Saudi Arabia", "2025-07-03", "Active ties");
    }

    @Test
    void svgLeavesOutTheTiesOfHiddenTypes() throws Exception {
        Path svg = dir.resolve("afg.svg");
        exports.writeSvg(Scenes.afghanistan().withOptions(
                ExportOptions.DEFAULT.withHiddenTypes(Set.of(TieType.ENGAGEMENT))), 1200, 800, svg);
        long engagements = Scenes.afghanistan().snapshot().ties().stream()
                .filter(t -> t.type() == TieType.ENGAGEMENT).count();
        assertThat(tieGroups(parse(svg))).isEqualTo(Scenes.afghanistan().snapshot().ties().size() - engagements);
    }

    @Test
    void pdfHoldsTheNamesAsText() throws Exception {
        Path pdf = dir.resolve("afg.pdf");
        exports.writePdf(Scenes.afghanistan(), 842, 595, pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(842f);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Afghanistan", "Russia", "Saudi Arabia", "2025-07-03");
        }
    }
}
