package org.diplomap.graph;

/**
 * The GraphStream stylesheet of the network view, written from {@link TieStyle} so that the window and the
 * exports cannot disagree on colours. Class names avoid CSS keywords ("hidden", "none", "line"...), which
 * silently break the rest of a GraphStream stylesheet.
 */
final class GraphStyleSheet {

    static final String ACTIVE_CLASS = "active";
    static final String DORMANT_CLASS = "dormant";

    private GraphStyleSheet() {
    }

    static String css() {
        StringBuilder css = new StringBuilder("""
                graph { fill-color: white; padding: 70px; }
                node {
                    size: 16px; fill-color: %s; stroke-mode: plain; stroke-color: white; stroke-width: 1.5px;
                    text-size: 14; text-color: #202020; text-alignment: under; text-offset: 0px, 6px;
                    text-background-mode: rounded-box; text-background-color: #FFFFFFD0; text-padding: 2px;
                    z-index: 3;
                }
                node.dormant { fill-color: %s; text-color: #8C8C8C; size: 12px; }
                edge { arrow-size: 10px, 5px; z-index: 1; }
                """.formatted(TieStyle.ACTIVE_STATE_COLOUR, TieStyle.DORMANT_STATE_COLOUR));
        for (TieStyle style : TieStyle.values()) {
            String stroke = switch (style.pattern()) {
                case SOLID -> "fill-mode: plain; fill-color: %s; size: 3px;".formatted(style.colour());
                case DASHED -> "fill-mode: plain; fill-color: %s; size: 0px; stroke-mode: dashes; stroke-width: 3px; stroke-color: %s;"
                        .formatted(style.colour(), style.colour());
                case DOTTED -> "fill-mode: plain; fill-color: %s; size: 0px; stroke-mode: dots; stroke-width: 3.5px; stroke-color: %s;"
                        .formatted(style.colour(), style.colour());
            };
            css.append("edge.").append(style.type().code()).append(" { ").append(stroke).append(" }\n");
        }
        return css.toString();
    }
}
