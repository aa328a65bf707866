package org.diplomap.graph;

/**
 * The GraphStream stylesheet of the network view, written from {@link TieStyle} so that the window and the
 * exports cannot disagree on colours. Each element carries one class that says everything about it (type and
 * emphasis together), because with several classes GraphStream takes the first and ignores the rest. Class
 * names avoid CSS keywords ("hidden", "none", "line"...), which silently break the rest of the stylesheet.
 */
final class GraphStyleSheet {

    static final String ACTIVE_CLASS = "active";
    static final String DORMANT_CLASS = "dormant";
    static final String SELECTED_CLASS = "selected";
    static final String DIMMED = "Dimmed";
    static final String GAINED = "Gained";
    static final String LOST = "Lost";

    private static final String FADED_STATE = "#DADADA";
    private static final String FADED_TEXT = "#C4C4C4";

    private GraphStyleSheet() {
    }

    /** The stylesheet of states and ties. */
    static String css() {
        StringBuilder css = new StringBuilder("""
                graph { fill-color: white; padding: 70px; }
                node {
                    size: 16px; fill-color: %1$s; stroke-mode: plain; stroke-color: white; stroke-width: 1.5px;
                    text-size: 14; text-color: #202020; text-alignment: under; text-offset: 0px, 6px;
                    text-background-mode: rounded-box; text-background-color: #FFFFFFD0; text-padding: 2px;
                    z-index: 3;
                }
                node.dormant { fill-color: %2$s; text-color: #8C8C8C; size: 12px; }
                node.activeDimmed { fill-color: %3$s; text-color: %4$s; }
                node.dormantDimmed { fill-color: %3$s; text-color: %4$s; size: 12px; }
                node.selected { fill-color: %5$s; size: 22px; stroke-mode: plain; stroke-color: #202020;
                    stroke-width: 2px; text-style: bold; z-index: 4; }
                edge { arrow-size: 10px, 5px; z-index: 1; }
                """.formatted(TieStyle.ACTIVE_STATE_COLOUR, TieStyle.DORMANT_STATE_COLOUR, FADED_STATE, FADED_TEXT,
                        TieStyle.SELECTED_STATE_COLOUR));
        for (TieStyle style : TieStyle.values()) {
            String type = style.type().code();
            css.append("edge.").append(type).append(" { ").append(stroke(style, style.colour(), 3)).append(" }\n");
            css.append("edge.").append(type).append(DIMMED).append(" { ")
                    .append(stroke(style, style.colour() + "38", 2)).append(" }\n");
            css.append("edge.").append(type).append(GAINED).append(" { ")
                    .append(stroke(style, style.colour(), 6)).append(" z-index: 2; }\n");
            css.append("edge.").append(type).append(LOST).append(" { ")
                    .append(stroke(style, style.colour() + "55", 2)).append(" }\n");
        }
        return css.toString();
    }

    private static String stroke(TieStyle style, String colour, double width) {
        return switch (style.pattern()) {
            case SOLID -> "fill-mode: plain; fill-color: %s; size: %spx;".formatted(colour, width);
            case DASHED -> ("fill-mode: plain; fill-color: %s; size: 0px; stroke-mode: dashes; stroke-width: %spx;"
                    + " stroke-color: %s;").formatted(colour, width, colour);
            case DOTTED -> ("fill-mode: plain; fill-color: %s; size: 0px; stroke-mode: dots; stroke-width: %spx;"
                    + " stroke-color: %s;").formatted(colour, width + 0.5, colour);
        };
    }
}
