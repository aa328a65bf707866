package org.diplomap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.diplomap.model.Confidence;
import org.diplomap.model.Dataset;
import org.diplomap.model.PartialDate;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.diplomap.store.Workspace;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GexfWriterTest {

    private static Document written(Dataset dataset) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GexfWriter().write(dataset, out);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<Element> elements(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS("http://gexf.net/1.3", name);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    private static Element spell(Element owner) {
        List<Element> spells = elements(owner, "spell");
        assertThat(spells).hasSize(1);
        return spells.get(0);
    }

    @Test
    void aDynamicDirectedGraphWithNodesEdgesAndInclusiveSpells() throws Exception {
        Dataset dataset = new Dataset("Test <&> case",
                List.of(new State("AAA", "Alpha & \"Sons\""), new State("BBB", "Beta",
                        PartialDate.parse("1991"), PartialDate.parse("2003-05"))),
                List.of(new Tie("AAA", "BBB", TieType.RECOGNITION, PartialDate.parse("1992-03-04"),
                                PartialDate.parse("2000"), null, "Treaty <1>", Confidence.HIGH),
                        new Tie("BBB", "AAA", TieType.ENGAGEMENT, PartialDate.parse("1995-06"), null,
                                null, null, null)),
                List.of());
        Document doc = written(dataset);
        Element root = doc.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://gexf.net/1.3");
        assertThat(root.getAttribute("version")).isEqualTo("1.3");
        Element graph = elements(root, "graph").get(0);
        assertThat(graph.getAttribute("mode")).isEqualTo("dynamic");
        assertThat(graph.getAttribute("defaultedgetype")).isEqualTo("directed");
        assertThat(graph.getAttribute("timeformat")).isEqualTo("date");

        List<Element> nodes = elements(graph, "node");
        assertThat(nodes).extracting(n -> n.getAttribute("label")).containsExactly("Alpha & \"Sons\"", "Beta");
        assertThat(elements(nodes.get(0), "spell")).isEmpty();
        assertThat(spell(nodes.get(1)).getAttribute("start")).isEqualTo("1991-01-01");
        assertThat(spell(nodes.get(1)).getAttribute("end")).isEqualTo("2003-04-30");

        List<Element> edges = elements(graph, "edge");
        assertThat(edges).hasSize(2);
        Element recognition = edges.get(0);
        assertThat(recognition.getAttribute("source")).isEqualTo("AAA");
        assertThat(recognition.getAttribute("target")).isEqualTo("BBB");
        assertThat(spell(recognition).getAttribute("start")).isEqualTo("1992-03-04");
        // The tie is active up to 1999-12-31 and not on 2000-01-01: a spell includes its end.
        assertThat(spell(recognition).getAttribute("end")).isEqualTo("1999-12-31");
        assertThat(elements(recognition, "attvalue")).extracting(a -> a.getAttribute("for") + "=" + a.getAttribute("value"))
                .contains("type=recognition", "source=Treaty <1>");
        Element engagement = edges.get(1);
        assertThat(spell(engagement).getAttribute("start")).isEqualTo("1995-06-01");
        assertThat(spell(engagement).hasAttribute("end")).isFalse();
    }

    @Test
    void theBundledDatasetHasOneEdgePerTieAndOneNodePerState() throws Exception {
        Dataset dataset = Workspace.bundledDataset();
        Document doc = written(dataset);
        List<Element> edges = elements(doc.getDocumentElement(), "edge");
        assertThat(edges).hasSize(dataset.ties().size());
        assertThat(edges).allSatisfy(e -> assertThat(elements(e, "spell")).hasSize(1));
        assertThat(elements(doc.getDocumentElement(), "node")).hasSize(dataset.states().size());
    }
}
