package org.diplomap.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.diplomap.model.Dataset;
import org.diplomap.model.PartialDate;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.WritableText;

/**
 * Writes a whole dataset as a dynamic GEXF 1.3 graph, for Gephi and other network tools: states are nodes,
 * ties are directed edges, each with the period it exists as a spell.
 *
 * <p>GEXF spells include both their bounds, while Diplomap's periods end the day before their end date, so a
 * spell ends on the last day of the period (the day before {@code end}). A period without an end gets a spell
 * without one; a state without any bound gets no spell, as it exists throughout. Dates of year or month
 * precision stand for their first day, as everywhere in Diplomap.
 */
public final class GexfWriter {

    private static final String NAMESPACE = "http://gexf.net/1.3";

    public void write(Dataset dataset, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(dataset, out);
        }
    }

    /** Writes UTF-8 to a stream that stays open. */
    public void write(Dataset dataset, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("gexf");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("version", "1.3");

            xml.writeStartElement("meta");
            element(xml, "creator", "Diplomap");
            if (dataset.title() != null) {
                element(xml, "description", dataset.title());
            }
            xml.writeEndElement();

            xml.writeStartElement("graph");
            xml.writeAttribute("mode", "dynamic");
            xml.writeAttribute("defaultedgetype", "directed");
            xml.writeAttribute("timeformat", "date");
            xml.writeAttribute("timerepresentation", "interval");
            writeEdgeAttributes(xml);
            writeNodes(xml, dataset.states());
            writeEdges(xml, dataset.ties());
            xml.writeEndElement();

            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
            out.flush();
        } catch (XMLStreamException e) {
            throw new IOException("could not write GEXF: " + e.getMessage(), e);
        }
    }

    private static void writeEdgeAttributes(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("attributes");
        xml.writeAttribute("class", "edge");
        xml.writeAttribute("mode", "static");
        attribute(xml, "type");
        attribute(xml, "source");
        attribute(xml, "confidence");
        xml.writeEndElement();
    }

    private static void attribute(XMLStreamWriter xml, String id) throws XMLStreamException {
        xml.writeEmptyElement("attribute");
        xml.writeAttribute("id", id);
        xml.writeAttribute("title", id);
        xml.writeAttribute("type", "string");
    }

    private static void writeNodes(XMLStreamWriter xml, List<State> states) throws XMLStreamException {
        xml.writeStartElement("nodes");
        for (State state : states) {
            xml.writeStartElement("node");
            xml.writeAttribute("id", state.code());
            xml.writeAttribute("label", WritableText.replacingForbidden(state.name()));
            if (state.start() != null || state.end() != null) {
                spells(xml, state.start(), state.end());
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void writeEdges(XMLStreamWriter xml, List<Tie> ties) throws XMLStreamException {
        xml.writeStartElement("edges");
        int id = 0;
        for (Tie tie : ties) {
            xml.writeStartElement("edge");
            xml.writeAttribute("id", String.valueOf(id++));
            xml.writeAttribute("source", tie.from());
            xml.writeAttribute("target", tie.to());
            xml.writeAttribute("label", tie.type().label());
            xml.writeStartElement("attvalues");
            attvalue(xml, "type", tie.type().code());
            if (tie.source() != null) {
                attvalue(xml, "source", tie.source());
            }
            attvalue(xml, "confidence", tie.confidence().code());
            xml.writeEndElement();
            spells(xml, tie.start(), tie.end());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void attvalue(XMLStreamWriter xml, String attribute, String value) throws XMLStreamException {
        xml.writeEmptyElement("attvalue");
        xml.writeAttribute("for", attribute);
        xml.writeAttribute("value", WritableText.replacingForbidden(value));
    }

    private static void spells(XMLStreamWriter xml, PartialDate start, PartialDate end) throws XMLStreamException {
        xml.writeStartElement("spells");
        xml.writeEmptyElement("spell");
        if (start != null) {
            xml.writeAttribute("start", start.firstDay().toString());
        }
        if (end != null) {
            xml.writeAttribute("end", lastDay(end).toString());
        }
        xml.writeEndElement();
    }

    /** The last day of a period that ends (exclusively) at {@code end}. */
    static LocalDate lastDay(PartialDate end) {
        return end.firstDay().minusDays(1);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(WritableText.replacingForbidden(text));
        xml.writeEndElement();
    }
}
