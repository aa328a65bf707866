package org.diplomap.ui.controls;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Every keyboard shortcut of the window, in the order the help lists them: the menus take their accelerators from
 * here, F1 lists this table, and a test checks that the README's key table names every one.
 */
public enum Shortcut {
    NEXT_EVENT("Right", "next event", null),
    PREVIOUS_EVENT("Left", "previous event", null),
    NEXT_EVENT_ANYWHERE("Ctrl+Right", "next event, even from a text field", ctrl(KeyCode.RIGHT)),
    PREVIOUS_EVENT_ANYWHERE("Ctrl+Left", "previous event, even from a text field", ctrl(KeyCode.LEFT)),
    PLAY("Space", "play / pause", null),
    PLAY_ANYWHERE("Ctrl+P", "play / pause, even from a text field", ctrl(KeyCode.P)),
    GO_TO("Ctrl+G", "type a date (Enter goes there and gives the keys back to the timeline)", ctrl(KeyCode.G)),
    COMPARE("Ctrl+D", "compare with the current date", ctrl(KeyCode.D)),
    CHANGES("Ctrl+Shift+D", "who changed sides: the ties gained, lost and switched between the compare date and this one",
            ctrlShift(KeyCode.D)),
    NEXT_VIEW("Page Down", "next saved view of the briefing", null),
    PREVIOUS_VIEW("Page Up", "previous saved view of the briefing", null),
    SAVE_VIEW("Ctrl+S", "save this view (date, filters, focus, layout, zoom)", ctrl(KeyCode.S)),
    PRESENT("F11", "presentation mode on and off", null),
    LEAVE_PRESENTATION("Escape", "leave presentation mode", null),
    FIND("Ctrl+F", "find a state by name or code", ctrl(KeyCode.F)),
    FOCUS("Ctrl+Shift+F", "focus on the selected state", ctrlShift(KeyCode.F)),
    ZOOM_IN("Ctrl+=", "zoom in (or the mouse wheel)", ctrl(KeyCode.EQUALS)),
    ZOOM_OUT("Ctrl+-", "zoom out", ctrl(KeyCode.MINUS)),
    FIT_ALL("Ctrl+0", "fit all", ctrl(KeyCode.DIGIT0)),
    NETWORK_LAYOUT("Ctrl+1", "network layout", ctrl(KeyCode.DIGIT1)),
    MAP_LAYOUT("Ctrl+2", "geographic layout, over a world map", ctrl(KeyCode.DIGIT2)),
    MATRIX_LAYOUT("Ctrl+3", "matrix layout: states as rows (from) and columns (to)", ctrl(KeyCode.DIGIT3)),
    NEW("Ctrl+N", "new database", ctrl(KeyCode.N)),
    OPEN("Ctrl+O", "open a database or a dataset file", ctrl(KeyCode.O)),
    IMPORT("Ctrl+I", "import a dataset", ctrl(KeyCode.I)),
    EXPORT("Ctrl+E", "export a picture, an animation or data", ctrl(KeyCode.E)),
    SAVE_COPY("Ctrl+Shift+S", "save a copy as JSON, with the saved views", ctrlShift(KeyCode.S)),
    UNDO("Ctrl+Z", "undo the last edit (the Edit menu names it)", ctrl(KeyCode.Z)),
    REDO("Ctrl+Shift+Z", "redo", ctrlShift(KeyCode.Z)),
    REDO_ALSO("Ctrl+Y", "redo", ctrl(KeyCode.Y)),
    ADD_TIE("Ctrl+Shift+T", "add a tie", ctrlShift(KeyCode.T)),
    RANKING("Ctrl+R", "ranking of the states by ties received at this date", ctrl(KeyCode.R)),
    HISTORY("Ctrl+H", "history of edits", ctrl(KeyCode.H)),
    HELP("F1", "keyboard shortcuts", new KeyCodeCombination(KeyCode.F1)),
    QUIT("Ctrl+Q", "quit", ctrl(KeyCode.Q));

    private final String keys;
    private final String description;
    private final KeyCombination combination;

    /**
     * @param combination the menu accelerator; null for keys the window handles wherever the focus is (arrows, Space,
     *                    F11…), which a menu accelerator would take from the text fields
     */
    Shortcut(String keys, String description, KeyCombination combination) {
        this.keys = keys;
        this.description = description;
        this.combination = combination;
    }

    /** The keys as the help and the README write them ("Ctrl+Shift+S"). */
    public String keys() {
        return keys;
    }

    public String description() {
        return description;
    }

    /** The accelerator of the menu item that does it; null when no menu item has one. */
    public KeyCombination combination() {
        return combination;
    }

    private static KeyCombination ctrl(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private static KeyCombination ctrlShift(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }
}
