package org.diplomap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;


import org.diplomap.timeline.RecognitionCounts.YearCount;

/**
 * A line chart of how many states recognised each of some governments at each year's end: one line a government,
 * drawn with Java2D so that it needs no display.
 */
public final class RecognitionChart {

    /** One line of the chart: what it counts (shown in the legend) and its counts, year by year. */
    public record Series(String label, List<YearCount> counts) {
        public Series {
            counts = List.copyOf(counts);
            if (counts.isEmpty()) {
                throw new IllegalArgumentException(label + ": no counts to draw");
            }
        }
    }

    /** Colours told apart by people with the common colour-vision deficiencies (Okabe and Ito). */
    static final List<Color> LINE_COLOURS = List.of(new Color(0xD55E00), new Color(0x0072B2),
            new Color(0x009E73), new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9));
    static final Color BACKGROUND = Color.WHITE;
    private static final Color INK = new Color(0x222222);
    private static final Color GRID = new Color(0xDDDDDD);

    private static final int MARGIN_LEFT = 60;
    private static final int MARGIN_RIGHT = 30;
    private static final int MARGIN_TOP = 60;
    private static final int MARGIN_BOTTOM = 50;

    private final String title;
    private final List<Series> series;

    public RecognitionChart(String title, List<Series> series) {
        if (series.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one series");
        }
        this.title = title;
        this.series = List.copyOf(series);
    }

    public BufferedImage draw(int width, int height) {
        if (width < 200 || height < 150) {
            throw new IllegalArgumentException("a chart needs at least 200x150 pixels, not " + width + "x" + height);
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, width, height);
            new Frame(width, height).paint(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Writes the chart as PNG beside the target first, so that a failure never leaves half a file in its place. */
    public void writePng(Path file, int width, int height) throws IOException {
        PngFiles.replace(draw(width, height), file);
    }

    /** The plot area of one picture and the scales that map years and counts into it. */
    private final class Frame {
        final int left;
        final int top;
        final int right;
        final int bottom;
        final int firstYear;
        final int lastYear;
        final int topCount;

        Frame(int width, int height) {
            left = MARGIN_LEFT;
            top = MARGIN_TOP;
            right = width - MARGIN_RIGHT;
            bottom = height - MARGIN_BOTTOM;
            firstYear = series.stream().mapToInt(s -> s.counts().get(0).year()).min().orElseThrow();
            lastYear = series.stream().mapToInt(s -> s.counts().get(s.counts().size() - 1).year()).max().orElseThrow();
            int highest = series.stream().flatMap(s -> s.counts().stream()).mapToInt(YearCount::count).max().orElse(0);
            topCount = Math.max(10, roundUp(highest, countStep(highest)));
        }

        double x(int year) {
            return lastYear == firstYear ? (left + right) / 2.0
                    : left + (right - left) * (year - firstYear) / (double) (lastYear - firstYear);
        }

        double y(int count) {
            return bottom - (bottom - top) * count / (double) topCount;
        }

        void paint(Graphics2D g) {
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
            g.setColor(INK);
            g.drawString(title, left, 28);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            paintCountAxis(g);
            paintYearAxis(g);
            for (int i = 0; i < series.size(); i++) {
                paintLine(g, series.get(i), LINE_COLOURS.get(i % LINE_COLOURS.size()));
            }
            paintLegend(g);
        }

        private void paintCountAxis(Graphics2D g) {
            FontMetrics metrics = g.getFontMetrics();
            int step = countStep(topCount);
            for (int count = 0; count <= topCount; count += step) {
                int y = (int) Math.round(y(count));
                g.setColor(GRID);
                g.drawLine(left, y, right, y);
                g.setColor(INK);
                String label = Integer.toString(count);
                g.drawString(label, left - 8 - metrics.stringWidth(label), y + metrics.getAscent() / 2 - 1);
            }
        }

        private void paintYearAxis(Graphics2D g) {
            FontMetrics metrics = g.getFontMetrics();
            g.setColor(INK);
            g.drawLine(left, bottom, right, bottom);
            int step = lastYear - firstYear > 40 ? 10 : lastYear - firstYear > 10 ? 5 : 1;
            for (int year = roundUp(firstYear, step); year <= lastYear; year += step) {
                int x = (int) Math.round(x(year));
                g.drawLine(x, bottom, x, bottom + 4);
                String label = Integer.toString(year);
                g.drawString(label, x - metrics.stringWidth(label) / 2, bottom + 6 + metrics.getAscent());
            }
            String caption = "States recognising each government on 31 December";
            g.drawString(caption, right - metrics.stringWidth(caption), bottom + 12 + 2 * metrics.getAscent());
        }

        private void paintLine(Graphics2D g, Series line, Color colour) {
            Path2D.Double path = new Path2D.Double();
            boolean first = true;
            for (YearCount point : line.counts()) {
                if (first) {
                    path.moveTo(x(point.year()), y(point.count()));
                    first = false;
                } else {
                    path.lineTo(x(point.year()), y(point.count()));
                }
            }
            g.setColor(colour);
            g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(path);
            g.setStroke(new BasicStroke(1f));
        }

        private void paintLegend(Graphics2D g) {
            FontMetrics metrics = g.getFontMetrics();
            int x = left;
            int y = 46;
            for (int i = 0; i < series.size(); i++) {
                g.setColor(LINE_COLOURS.get(i % LINE_COLOURS.size()));
                g.fillRect(x, y - 8, 18, 4);
                g.setColor(INK);
                String label = series.get(i).label();
                g.drawString(label, x + 24, y - 2);
                x += 24 + metrics.stringWidth(label) + 24;
            }
        }
    }

    /** A step of 1, 2, 5, 10, 20, 50 ... that gives at most about ten lines up to {@code highest}. */
    static int countStep(int highest) {
        int step = 1;
        while (highest / step > 10) {
            step = switch (Integer.toString(step).charAt(0)) {
                case '1' -> step * 2;
                case '2' -> step * 5 / 2;
                default -> step * 2;
            };
        }
        return step;
    }

    private static int roundUp(int value, int step) {
        return Math.floorDiv(value + step - 1, step) * step;
    }
}
