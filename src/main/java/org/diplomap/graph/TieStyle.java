package org.diplomap.graph;

import org.diplomap.model.Confidence;
import org.diplomap.model.TieType;

/**
 * How each tie type is drawn, in the window and in exports alike. Each type differs by colour and by line
 * pattern so that it reads in greyscale and for colour-blind people (colours of the Okabe-Ito palette).
 */
public enum TieStyle {
    RECOGNITION(TieType.RECOGNITION, "#0072B2", LinePattern.SOLID),
    AMBASSADOR(TieType.AMBASSADOR, "#D55E00", LinePattern.DASHED),
    ENGAGEMENT(TieType.ENGAGEMENT, "#009E73", LinePattern.DOTTED);

    public enum LinePattern { SOLID, DASHED, DOTTED }

    /** Colour of a state with no active tie at the date. */
    public static final String DORMANT_STATE_COLOUR = "#B8B8B8";
    /** Colour of a state with at least one active tie at the date. */
    public static final String ACTIVE_STATE_COLOUR = "#404040";
    /** Colour of the state the user selected. */
    public static final String SELECTED_STATE_COLOUR = "#E69F00";

    private final TieType type;
    private final String colour;
    private final LinePattern pattern;

    TieStyle(TieType type, String colour, LinePattern pattern) {
        this.type = type;
        this.colour = colour;
        this.pattern = pattern;
    }

    /**
     * How strongly a tie of a confidence shows over the background, in the window and in exports alike: a tie the
     * sources are less sure of is drawn lighter, the least sure faded, so that a reader weighs it less.
     */
    public static double confidenceOpacity(Confidence confidence) {
        return switch (confidence) {
            case HIGH -> 1;
            case MEDIUM -> 0.55;
            case LOW -> 0.28;
        };
    }

    /** What a legend says of the ties of a confidence: how they are drawn. */
    public static String confidenceLabel(Confidence confidence) {
        return switch (confidence) {
            case HIGH -> "High confidence: full colour";
            case MEDIUM -> "Medium confidence: lighter";
            case LOW -> "Low confidence: faded";
        };
    }

    /**
     * What a legend's one row about the less sure ties says, beside a sample line drawn in one piece per confidence
     * named (lighter, then fainter): "Medium / low confidence".
     */
    public static String confidenceKey(java.util.List<Confidence> fainter) {
        return fainter.stream().map(Confidence::code).collect(java.util.stream.Collectors.joining(" / "))
                .transform(codes -> Character.toUpperCase(codes.charAt(0)) + codes.substring(1)) + " confidence";
    }

    /** The style of each type, by its ordinal: asked for every tie of every picture. */
    private static final TieStyle[] BY_TYPE = new TieStyle[TieType.values().length];

    static {
        for (TieStyle style : values()) {
            BY_TYPE[style.type.ordinal()] = style;
        }
    }

    public static TieStyle of(TieType type) {
        return BY_TYPE[type.ordinal()];
    }

    public TieType type() {
        return type;
    }

    /** As "#RRGGBB". */
    public String colour() {
        return colour;
    }

    public int rgb() {
        return Integer.parseInt(colour.substring(1), 16);
    }

    public LinePattern pattern() {
        return pattern;
    }
}
