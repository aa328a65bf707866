package org.diplomap.ui.edit;

import static org.diplomap.ui.controls.MenuItems.item;

import java.util.function.Supplier;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.diplomap.ui.controls.Shortcut;
import javafx.scene.input.KeyCombination;
import org.diplomap.model.Event;
import org.diplomap.model.Tie;

/**
 * The Edit menu: undo and redo naming what they undo and redo, the forms to add a tie, an event or a state, and
 * to change or end what is selected. The same items for a tie and a state serve the right-click menus.
 */
public final class EditMenu {

    /** Redo's second key, besides Ctrl+Shift+Z; a menu item holds only one, so the window registers it. */
    public static final KeyCombination REDO_ALSO = Shortcut.REDO_ALSO.combination();

    private final EditViewModel edit;
    private final EditActions actions;

    public EditMenu(EditViewModel edit, EditActions actions) {
        this.edit = edit;
        this.actions = actions;
    }

    /**
     * The menu; the selected state and tie and the current narrative event (each may give null) are read when
     * the menu opens.
     */
    public Menu menu(Supplier<String> selectedState, Supplier<Tie> selectedTie, Supplier<Event> currentEvent) {
        MenuItem undo = new MenuItem();
        undo.setId("menu-undo");
        undo.textProperty().bind(edit.undoTextProperty());
        undo.disableProperty().bind(edit.canUndoProperty().not());
        undo.setAccelerator(Shortcut.UNDO.combination());
        undo.setOnAction(e -> edit.undo());
        MenuItem redo = new MenuItem();
        redo.setId("menu-redo");
        redo.textProperty().bind(edit.redoTextProperty());
        redo.disableProperty().bind(edit.canRedoProperty().not());
        redo.setAccelerator(Shortcut.REDO.combination());
        redo.setOnAction(e -> edit.redo());

        MenuItem addTie = item("Add tie\u2026", "menu-add-tie", () -> actions.addTie(selectedState.get()));
        addTie.setAccelerator(Shortcut.ADD_TIE.combination());
        MenuItem addEvent = item("Add event\u2026", "menu-add-event", () -> actions.addEvent(selectedState.get()));
        MenuItem addState = item("Add state\u2026", "menu-add-state", actions::addState);
        MenuItem changeState = item("Change the selected state\u2026", "menu-change-state",
                () -> actions.changeState(selectedState.get()));
        MenuItem changeTie = item("Change the selected tie\u2026", "menu-change-tie",
                () -> actions.changeTie(selectedTie.get()));
        MenuItem endTie = item("End the selected tie\u2026", "menu-end-tie", () -> actions.endTie(selectedTie.get()));
        MenuItem changeEvent = item("Change the current event\u2026", "menu-change-event",
                () -> actions.changeEvent(currentEvent.get()));

        Menu menu = new Menu("Edit", null, undo, redo, new SeparatorMenuItem(), addTie, addEvent, addState,
                new SeparatorMenuItem(), changeState, changeTie, endTie, changeEvent);
        menu.setId("menu-edit");
        menu.setOnShowing(e -> {
            changeState.setDisable(selectedState.get() == null);
            changeTie.setDisable(selectedTie.get() == null);
            endTie.setDisable(selectedTie.get() == null);
            changeEvent.setDisable(currentEvent.get() == null);
        });
        return menu;
    }

    /** The right-click menu of a tie in the details panel. */
    public ContextMenu tieMenu(Tie tie) {
        ContextMenu menu = new ContextMenu(
                item("Change tie\u2026", "context-change-tie", () -> actions.changeTie(tie)),
                item(tie.end() == null ? "End tie\u2026" : "Change the end\u2026", "context-end-tie",
                        () -> actions.endTie(tie)),
                new SeparatorMenuItem(),
                item("Add tie from " + tie.from() + "\u2026", "context-add-tie", () -> actions.addTie(tie.from())));
        menu.setId("details-tie-menu");
        return menu;
    }

    /** The right-click menu of the state shown in the details panel. */
    public ContextMenu stateMenu(String code) {
        ContextMenu menu = new ContextMenu(
                item("Change state " + code + "\u2026", "context-change-state", () -> actions.changeState(code)),
                item("Add tie from " + code + "\u2026", "context-add-tie", () -> actions.addTie(code)),
                item("Add event about " + code + "\u2026", "context-add-event", () -> actions.addEvent(code)));
        menu.setId("details-state-menu");
        return menu;
    }
}
