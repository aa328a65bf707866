package org.diplomap.graph;

import java.util.EnumSet;
import java.util.Set;
import org.diplomap.model.Confidence;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;

/**
 * What the network view leaves out or stresses, whatever the date: tie types hidden, states without an active
 * tie hidden, a focus state (it and its neighbours stay, the rest is dimmed), a selected state, and the least
 * confidence of the ties shown (those less sure are left out, like a hidden type).
 * {@code focus} and {@code selected} are state codes or null.
 */
public record DisplayOptions(Set<TieType> hiddenTypes, boolean hideStatesWithoutTies, String focus, String selected,
                             Confidence leastConfidence) {

    public static final DisplayOptions DEFAULT = new DisplayOptions(Set.of(), false, null, null);

    /** Every tie shown, however sure. */
    public DisplayOptions(Set<TieType> hiddenTypes, boolean hideStatesWithoutTies, String focus, String selected) {
        this(hiddenTypes, hideStatesWithoutTies, focus, selected, Confidence.LOW);
    }

    public DisplayOptions {
        hiddenTypes = hiddenTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(hiddenTypes));
        leastConfidence = leastConfidence == null ? Confidence.LOW : leastConfidence;
    }

    public boolean shows(TieType type) {
        return !hiddenTypes.contains(type);
    }

    /** Whether a tie is shown: of a type shown, and at least as sure as {@code leastConfidence}. */
    public boolean shows(Tie tie) {
        return shows(tie.type()) && tie.confidence().isAtLeast(leastConfidence);
    }

    public DisplayOptions withLeastConfidence(Confidence least) {
        return new DisplayOptions(hiddenTypes, hideStatesWithoutTies, focus, selected, least);
    }

    public DisplayOptions withType(TieType type, boolean shown) {
        Set<TieType> hidden = hiddenTypes.isEmpty() ? EnumSet.noneOf(TieType.class) : EnumSet.copyOf(hiddenTypes);
        if (shown) {
            hidden.remove(type);
        } else {
            hidden.add(type);
        }
        return new DisplayOptions(hidden, hideStatesWithoutTies, focus, selected, leastConfidence);
    }

    public DisplayOptions withHideStatesWithoutTies(boolean hide) {
        return new DisplayOptions(hiddenTypes, hide, focus, selected, leastConfidence);
    }

    public DisplayOptions withFocus(String code) {
        return new DisplayOptions(hiddenTypes, hideStatesWithoutTies, code, selected, leastConfidence);
    }

    public DisplayOptions withSelected(String code) {
        return new DisplayOptions(hiddenTypes, hideStatesWithoutTies, focus, code, leastConfidence);
    }
}
