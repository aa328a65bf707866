package org.diplomap.render.export;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.diplomap.graph.Layout;
import org.diplomap.model.SavedView;
import org.diplomap.model.Tie;
import org.diplomap.model.WritableText;
import org.diplomap.render.Camera;
import org.diplomap.render.Composition;
import org.diplomap.render.ExportOptions;
import org.diplomap.render.NetworkScene;
import org.diplomap.render.SnapshotRenderer;
import org.diplomap.timeline.TimelineEvent;

/**
 * The saved views of a dataset as a PDF deck for a projector: landscape 16:9 pages, a title page, then one page per
 * view in briefing order with its name, date and caption (the event the window's caption tells at that date), its
 * picture drawn by the one renderer as vector graphics (as the PDF export draws it, names as text), and in small
 * print the sources of the ties and the event shown.
 */
public final class BriefingDeck {

    /** A 16:9 page in points: 13.33 x 7.5 inches, the widescreen slide size. */
    public static final int PAGE_WIDTH = 960;
    public static final int PAGE_HEIGHT = 540;
    private static final double MARGIN = 36;
    /** The picture is laid out this much smaller and drawn enlarged, so that its names read from the back row. */
    private static final double PICTURE_ENLARGED = 1.25;
    private static final int SMALL_PRINT_LINES = 3;
    private static final Color TEXT = new Color(0x202020);
    private static final Color QUIET = new Color(0x606060);
    private static final Color RULE = new Color(0xCFCFCF);

    private final ExportSource source;

    public BriefingDeck(ExportSource source) {
        this.source = source;
    }

    /** Writes the deck of {@code views}, which must not be empty, to {@code out} (a new file, or one replaced). */
    public void write(List<SavedView> views, Path out) throws IOException {
        if (views.isEmpty()) {
            throw new IllegalArgumentException("a briefing deck needs at least one saved view");
        }
        try (PDDocument document = new PDDocument()) {
            page(document, g -> drawTitlePage(g, views));
            for (int i = 0; i < views.size(); i++) {
                int number = i;
                page(document, g -> drawViewPage(g, views.get(number), number + 1, views.size()));
            }
            document.save(out.toFile());
        }
    }

    @FunctionalInterface
    private interface PageDrawing {
        void draw(Graphics2D g) throws IOException;
    }

    private static void page(PDDocument document, PageDrawing drawing) throws IOException {
        PDPage page = new PDPage(new PDRectangle(PAGE_WIDTH, PAGE_HEIGHT));
        document.addPage(page);
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, PAGE_WIDTH, PAGE_HEIGHT);
        // The standard PDF fonts keep the text as text, as the PDF export does.
        g.setFontTextDrawer(new PdfBoxGraphics2DFontTextDrawerDefaultFonts());
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            drawing.draw(g);
        } finally {
            g.dispose();
        }
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.drawForm(g.getXFormObject());
        }
    }

    private void drawTitlePage(Graphics2D g, List<SavedView> views) {
        String title = source.index().title() == null ? "Briefing" : source.index().title();
        double y = MARGIN + 90;
        y = drawWrapped(g, title, font(Font.BOLD, 34), TEXT, MARGIN, y, PAGE_WIDTH - 2 * MARGIN, 2);
        y += 12;
        g.setColor(QUIET);
        g.setFont(font(Font.PLAIN, 18));
        String dates = views.get(0).date() + (views.size() > 1 ? " \u2013 " + views.get(views.size() - 1).date() : "");
        show(g, oneLine("A briefing in " + views.size() + (views.size() == 1 ? " view" : " views") + ", " + dates),
                (float) MARGIN, (float) (y + 18));
        y += 50;
        g.setColor(RULE);
        g.fill(new Rectangle2D.Double(MARGIN, y, PAGE_WIDTH - 2 * MARGIN, 1));
        y += 30;
        Font item = font(Font.PLAIN, 16);
        double lineHeight = 24;
        int room = (int) ((PAGE_HEIGHT - MARGIN - 30 - y) / lineHeight);
        g.setFont(item);
        g.setColor(TEXT);
        for (int i = 0; i < views.size() && i < room; i++) {
            String line = (i + 1) + ".  " + views.get(i).name() + "  (" + views.get(i).date() + ")";
            if (i == room - 1 && views.size() > room) {
                line = "\u2026 and " + (views.size() - i) + " more views";
            }
            show(g, fitted(g, oneLine(line), item, PAGE_WIDTH - 2 * MARGIN), (float) MARGIN,
                    (float) (y + 16));
            y += lineHeight;
        }
        g.setColor(QUIET);
        g.setFont(font(Font.PLAIN, 10));
        show(g, oneLine(source.sourceLine()), (float) MARGIN, (float) (PAGE_HEIGHT - MARGIN));
    }

    private void drawViewPage(Graphics2D g, SavedView view, int number, int count) throws IOException {
        LocalDate day = view.date().firstDay();
        Font nameFont = font(Font.BOLD, 26);
        Font dateFont = font(Font.BOLD, 16);
        Font captionFont = font(Font.PLAIN, 16);
        Font smallFont = font(Font.PLAIN, 8);

        String pageNumber = number + " / " + count;
        g.setFont(font(Font.PLAIN, 12));
        g.setColor(QUIET);
        double numberWidth = g.getFontMetrics().stringWidth(pageNumber);
        show(g, pageNumber, (float) (PAGE_WIDTH - MARGIN - numberWidth), (float) (MARGIN + 12));

        g.setColor(TEXT);
        g.setFont(nameFont);
        show(g, fitted(g, oneLine(view.name()), nameFont, PAGE_WIDTH - 2 * MARGIN - numberWidth - 20),
                (float) MARGIN, (float) (MARGIN + 22));
        String date = view.date().toString();
        g.setFont(dateFont);
        show(g, date, (float) MARGIN, (float) (MARGIN + 50));
        double dateWidth = g.getFontMetrics().stringWidth(date + "   ");
        TimelineEvent event = currentEvent(day);
        if (event != null) {
            g.setFont(captionFont);
            g.setColor(QUIET);
            show(g, fitted(g, oneLine(event.title() + " (" + event.date() + ")"), captionFont,
                    PAGE_WIDTH - 2 * MARGIN - dateWidth), (float) (MARGIN + dateWidth), (float) (MARGIN + 50));
        }

        double smallLine = 10.5;
        double pictureTop = MARGIN + 64;
        double pictureBottom = PAGE_HEIGHT - MARGIN - SMALL_PRINT_LINES * smallLine - 6;
        double pictureWidth = PAGE_WIDTH - 2 * MARGIN;
        double pictureHeight = pictureBottom - pictureTop;
        NetworkScene scene = scene(view, day);
        Camera camera = view.fitsAll() ? Camera.FIT
                : new Camera(view.zoom(), new Layout.Point(view.centreX(), view.centreY()));
        Composition composition = Composition.of(scene, (int) Math.round(pictureWidth / PICTURE_ENLARGED),
                (int) Math.round(pictureHeight / PICTURE_ENLARGED), camera);
        Graphics2D picture = (Graphics2D) g.create();
        try {
            picture.translate(MARGIN, pictureTop);
            picture.scale(PICTURE_ENLARGED, PICTURE_ENLARGED);
            picture.clip(new Rectangle2D.Double(0, 0, composition.width(), composition.height()));
            new SnapshotRenderer().draw(picture, composition);
        } finally {
            picture.dispose();
        }

        g.setColor(RULE);
        g.fill(new Rectangle2D.Double(MARGIN, pictureBottom + 2, pictureWidth, 0.75));
        drawWrapped(g, smallPrint(scene, event), smallFont, QUIET, MARGIN, pictureBottom + 6, pictureWidth,
                SMALL_PRINT_LINES);
    }

    /** The view's picture: its layout, hidden types, focus and states, with the legend; the page holds the rest. */
    private NetworkScene scene(SavedView view, LocalDate day) {
        ExportRequest request = ExportRequest.DEFAULT.withLayout(view.layout()).withDisplay(new ExportOptions(
                false, false, true, false, view.hiddenTypes(), view.focus(), view.hideStatesWithoutTies()));
        return source.scene(day, request);
    }

    private TimelineEvent currentEvent(LocalDate day) {
        int current = source.index().currentEventAt(day);
        return current < 0 ? null : source.index().events().get(current);
    }

    /**
     * The sources of the ties drawn, the most used first, and of the event told: as many as the small print holds,
     * then how many more.
     */
    static String smallPrint(NetworkScene scene, TimelineEvent event) {
        Map<String, Integer> uses = new LinkedHashMap<>();
        for (Tie tie : scene.snapshot().ties()) {
            if (scene.options().shows(tie.type()) && tie.source() != null && !tie.source().isBlank()) {
                uses.merge(tie.source().strip(), 1, Integer::sum);
            }
        }
        List<String> sources = new ArrayList<>(uses.keySet());
        sources.sort(Comparator.comparing((String s) -> -uses.get(s)).thenComparing(Comparator.naturalOrder()));
        StringBuilder text = new StringBuilder();
        if (event != null && event.source() != null && !event.source().isBlank()) {
            text.append("Event: ").append(event.title()).append(", source: ").append(event.source().strip())
                    .append(". ");
        }
        if (sources.isEmpty()) {
            text.append("No tie shown on this date has a source.");
        } else {
            text.append("Sources of the ties shown: ");
            int listed = 0;
            int length = 0;
            for (String s : sources) {
                // About what three lines of small print hold; the rest are counted.
                if (listed > 0 && length + s.length() > 520) {
                    break;
                }
                text.append(listed == 0 ? "" : "; ").append(s);
                length += s.length() + 2;
                listed++;
            }
            if (listed < sources.size()) {
                text.append("; and ").append(sources.size() - listed).append(" more");
            }
            text.append('.');
        }
        return text.toString();
    }

    /** Draws text in lines that fit {@code width}, at most {@code maxLines}; returns the y under the last line. */
    private static double drawWrapped(Graphics2D g, String text, Font font, Color colour, double x, double top,
                                      double width, int maxLines) {
        g.setFont(font);
        g.setColor(colour);
        FontMetrics metrics = g.getFontMetrics(font);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : oneLine(text).split(" ")) {
            String tried = line.length() == 0 ? word : line + " " + word;
            if (metrics.stringWidth(tried) <= width || line.length() == 0) {
                line.setLength(0);
                line.append(tried);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        double y = top;
        for (int i = 0; i < lines.size() && i < maxLines; i++) {
            String shown = lines.get(i);
            if (i == maxLines - 1 && lines.size() > maxLines) {
                shown = fitted(g, shown + " \u2026", font, width);
            } else {
                shown = fitted(g, shown, font, width);
            }
            y += metrics.getAscent();
            show(g, shown, (float) x, (float) y);
            y += metrics.getDescent() + metrics.getLeading();
        }
        return y;
    }

    /**
     * Draws text as text where the standard PDF font can carry it, so that it can be searched and read aloud; the
     * characters it cannot carry (an arrow, a source in Chinese) as the outlines of Java's own font, run by run.
     */
    private static void show(Graphics2D g, String text, float x, float y) {
        FontMetrics metrics = g.getFontMetrics();
        float at = x;
        int start = 0;
        while (start < text.length()) {
            boolean carried = carried(text.codePointAt(start));
            int end = start;
            while (end < text.length() && carried(text.codePointAt(end)) == carried) {
                end += Character.charCount(text.codePointAt(end));
            }
            String run = text.substring(start, end);
            if (carried) {
                g.drawString(run, at, y);
            } else {
                g.fill(g.getFont().createGlyphVector(g.getFontRenderContext(), run).getOutline(at, y));
            }
            at += metrics.stringWidth(run);
            start = end;
        }
    }

    private static boolean carried(int codePoint) {
        try {
            HELVETICA.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static String fitted(Graphics2D g, String text, Font font, double width) {
        FontMetrics metrics = g.getFontMetrics(font);
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        int end = text.length();
        while (end > 0 && metrics.stringWidth(text.substring(0, end).stripTrailing() + "\u2026") > width) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + "\u2026";
    }

    /** On one line, without what no PDF font can carry (as the pictures write their text). */
    private static String oneLine(String text) {
        return WritableText.replacingForbidden(text).replaceAll("[\\t\\r\\n]", " ");
    }

    private static Font font(int style, double size) {
        return new Font(Font.SANS_SERIF, style, 1).deriveFont((float) size);
    }
}
