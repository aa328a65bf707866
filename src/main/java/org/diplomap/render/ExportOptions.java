package org.diplomap.render;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.diplomap.graph.DisplayOptions;
import org.diplomap.model.Confidence;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;

/**
 * What an exported picture leaves out or stresses. Each part of the frame (the title, the date, the legend
 * and the source line) can be left out.
 *
 * <p>Ties of a hidden type are neither drawn nor counted in the legend, whose rows list only the types shown:
 * a picture that shows only recognitions should not suggest that the other types were looked at and found
 * absent. A state whose only ties are hidden is drawn as a state without ties; {@code hideStatesWithoutTies}
 * leaves those out. With a {@code focus} (a state code, or null) the focus, its neighbours through the ties drawn,
 * and the ties between them are drawn as usual and everything else is faded. Ties less sure than
 * {@code leastConfidence} are left out like those of a hidden type; of those shown, the less sure are drawn fainter.
 */
public record ExportOptions(boolean title, boolean date, boolean legend, boolean source, Set<TieType> hiddenTypes,
                            String focus, boolean hideStatesWithoutTies, Confidence leastConfidence) {

    public static final ExportOptions DEFAULT = new ExportOptions(true, true, true, true, Set.of(), null);
    /** Nothing around the network: no title, date, legend or source (the window shows those around its picture). */
    public static final ExportOptions NETWORK_ONLY = new ExportOptions(false, false, false, false, Set.of(), null);

    /** Every state shown, with or without ties. */
    public ExportOptions(boolean title, boolean date, boolean legend, boolean source, Set<TieType> hiddenTypes,
                         String focus) {
        this(title, date, legend, source, hiddenTypes, focus, false);
    }

    /** Every tie shown, however sure. */
    public ExportOptions(boolean title, boolean date, boolean legend, boolean source, Set<TieType> hiddenTypes,
                         String focus, boolean hideStatesWithoutTies) {
        this(title, date, legend, source, hiddenTypes, focus, hideStatesWithoutTies, Confidence.LOW);
    }

    public ExportOptions {
        Objects.requireNonNull(hiddenTypes, "hiddenTypes");
        hiddenTypes = hiddenTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(hiddenTypes));
        leastConfidence = leastConfidence == null ? Confidence.LOW : leastConfidence;
    }

    public boolean shows(TieType type) {
        return !hiddenTypes.contains(type);
    }

    /** Whether a tie is shown: of a type shown, and as sure as asked. */
    public boolean shows(Tie tie) {
        return shows(tie.type()) && tie.confidence().isAtLeast(leastConfidence);
    }

    public ExportOptions withLeastConfidence(Confidence least) {
        return new ExportOptions(title, date, legend, source, hiddenTypes, focus, hideStatesWithoutTies, least);
    }

    public ExportOptions withHiddenTypes(Set<TieType> hidden) {
        return new ExportOptions(title, date, legend, source, hidden, focus, hideStatesWithoutTies, leastConfidence);
    }

    public ExportOptions withFocus(String code) {
        return new ExportOptions(title, date, legend, source, hiddenTypes, code, hideStatesWithoutTies, leastConfidence);
    }

    /**
     * These options leaving out and stressing what the window shows so: its hidden types, least confidence, focus and
     * empty states.
     */
    public ExportOptions withShown(DisplayOptions shown) {
        return new ExportOptions(title, date, legend, source, shown.hiddenTypes(), shown.focus(),
                shown.hideStatesWithoutTies(), shown.leastConfidence());
    }

    public ExportOptions withHideStatesWithoutTies(boolean hide) {
        return new ExportOptions(title, date, legend, source, hiddenTypes, focus, hide, leastConfidence);
    }
}
