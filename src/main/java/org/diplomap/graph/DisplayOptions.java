package org.diplomap.graph;

import java.util.EnumSet;
import java.util.Set;
import org.diplomap.model.TieType;

/**
 * What the network view leaves out or stresses, whatever the date: tie types hidden, states without an active
 * tie hidden, a focus state (it and its neighbours stay, the rest is dimmed) and a selected state.
 * {@code focus} and {@code selected} are state codes or null.
 */
public record DisplayOptions(Set<TieType> hiddenTypes, boolean hideStatesWithoutTies, String focus, String selected) {

    public static final DisplayOptions DEFAULT = new DisplayOptions(Set.of(), false, null, null);

    public DisplayOptions {
        hiddenTypes = hiddenTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(hiddenTypes));
    }

    public boolean shows(TieType type) {
        return !hiddenTypes.contains(type);
    }

    public DisplayOptions withType(TieType type, boolean shown) {
        Set<TieType> hidden = hiddenTypes.isEmpty() ? EnumSet.noneOf(TieType.class) : EnumSet.copyOf(hiddenTypes);
        if (shown) {
            hidden.remove(type);
        } else {
            hidden.add(type);
        }
        return new DisplayOptions(hidden, hideStatesWithoutTies, focus, selected);
    }

    public DisplayOptions withHideStatesWithoutTies(boolean hide) {
        return new DisplayOptions(hiddenTypes, hide, focus, selected);
    }

    public DisplayOptions withFocus(String code) {
        return new DisplayOptions(hiddenTypes, hideStatesWithoutTies, code, selected);
    }

    public DisplayOptions withSelected(String code) {
        return new DisplayOptions(hiddenTypes, hideStatesWithoutTies, focus, code);
    }
}
