package org.diplomap.render;

import java.awt.Graphics2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.diplomap.model.Tie;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * The exported picture as SVG or PDF, drawn by the same {@link SnapshotRenderer} as the PNG. Text stays text
 * in both, so that names can be searched, selected and read by screen readers.
 */
public final class VectorExports {

    /** The class of the SVG group that holds the line and arrowhead of one tie. */
    public static final String TIE_CLASS = "tie";
    /** The class of the SVG group that holds the country outlines of a geographic picture. */
    public static final String MAP_CLASS = "map";

    private final SnapshotRenderer renderer = new SnapshotRenderer();

    /** An SVG document of {@code width} x {@code height} pixels. */
    public void writeSvg(NetworkScene scene, int width, int height, Path out) throws IOException {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        // <text> elements rather than glyph outlines; the default today, set so that it stays so.
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        renderer.draw(g, width, height, scene, new SvgGroups());
        createParent(out);
        // No DOCTYPE: SVG 2 drops it, and it makes validating readers fetch the DTD over the network.
        Files.writeString(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g.getSVGElement() + "\n",
                StandardCharsets.UTF_8);
    }

    /** A one-page PDF of {@code width} x {@code height} points. */
    public void writePdf(NetworkScene scene, int width, int height, Path out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, width, height);
            // The standard PDF fonts (Helvetica for sans-serif) keep the text as text; without them the
            // names would become outlines that no reader can search.
            g.setFontTextDrawer(new PdfBoxGraphics2DFontTextDrawerDefaultFonts());
            try {
                renderer.draw(g, width, height, scene);
            } finally {
                g.dispose();
            }
            PDFormXObject form = g.getXFormObject();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(form);
            }
            createParent(out);
            document.save(out.toFile());
        }
    }

    private static void createParent(Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }

    /** One {@code <g class="tie">} per tie, its id naming the tie, and one {@code <g class="map">} for the map. */
    private static final class SvgGroups implements SnapshotRenderer.Groups {
        private int count;

        @Override
        public void beginTie(Graphics2D g, Tie tie) {
            count++;
            // Ids must be unique and XML names; the tie's own key holds characters that are not.
            String id = "tie-" + count + "-" + tie.from() + "-" + tie.to() + "-" + tie.type().code();
            g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP,
                    java.util.Map.of("id", id, "class", TIE_CLASS));
        }

        @Override
        public void beginMap(Graphics2D g) {
            g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, java.util.Map.of("class", MAP_CLASS));
        }

        @Override
        public void end(Graphics2D g) {
            g.setRenderingHint(SVGHints.KEY_END_GROUP, "true");
        }
    }
}
