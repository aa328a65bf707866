package org.diplomap.ui.details;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.StrokeLineCap;
import org.diplomap.graph.TieStyle;
import org.diplomap.model.TieType;

/** Lines in a tie type's colour and pattern, the same as the network's, so that the panel reads like it. */
final class TieLines {

    private TieLines() {
    }

    /** A line of the given thickness; the pattern scales with it, so a thick bar keeps its dashes or dots. */
    static Line of(TieType type, double x1, double y1, double x2, double y2, double width) {
        Line line = new Line();
        style(line, type, x1, y1, x2, y2, width);
        return line;
    }

    /** Gives a line made before the place, colour and pattern of a tie type, as {@link #of} makes it. */
    static void style(Line line, TieType type, double x1, double y1, double x2, double y2, double width) {
        TieStyle style = TieStyle.of(type);
        line.setStartX(x1);
        line.setStartY(y1);
        line.setEndX(x2);
        line.setEndY(y2);
        line.setStroke(Color.web(style.colour()));
        line.setStrokeWidth(width);
        line.setStrokeLineCap(capOf(style));
        line.getStrokeDashArray().setAll(dashesOf(style, width));
    }

    /** Draws the same line on a canvas. */
    static void stroke(GraphicsContext g, TieType type, double x1, double y1, double x2, double y2, double width) {
        TieStyle style = TieStyle.of(type);
        g.setStroke(Color.web(style.colour()));
        g.setLineWidth(width);
        g.setLineCap(capOf(style));
        Double[] dashes = dashesOf(style, width);
        double[] pattern = new double[dashes.length];
        for (int i = 0; i < dashes.length; i++) {
            pattern[i] = dashes[i];
        }
        g.setLineDashes(pattern.length == 0 ? null : pattern);
        g.strokeLine(x1, y1, x2, y2);
        g.setLineDashes(null);
    }

    private static StrokeLineCap capOf(TieStyle style) {
        // Round caps on near-empty dashes draw round dots of the line's thickness.
        return style.pattern() == TieStyle.LinePattern.DOTTED ? StrokeLineCap.ROUND : StrokeLineCap.BUTT;
    }

    private static Double[] dashesOf(TieStyle style, double width) {
        return switch (style.pattern()) {
            case DASHED -> new Double[] {3 * width, 1.6 * width};
            case DOTTED -> new Double[] {0.01, 1.7 * width};
            default -> new Double[0];
        };
    }
}
