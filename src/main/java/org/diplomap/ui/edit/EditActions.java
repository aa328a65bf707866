package org.diplomap.ui.edit;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.diplomap.model.Event;
import org.diplomap.model.PartialDate;
import org.diplomap.model.State;
import org.diplomap.model.Tie;

/** Opens the form of an edit and, when it is confirmed, has the edit stored. */
public final class EditActions {

    private final EditViewModel edit;
    private final Supplier<Window> owner;
    private final Supplier<LocalDate> shownDate;
    private Consumer<FormDialog> onOpen = dialog -> { };

    /** {@code shownDate} is the date the window shows: new events and tie ends start from it. */
    public EditActions(EditViewModel edit, Supplier<Window> owner, Supplier<LocalDate> shownDate) {
        this.edit = edit;
        this.owner = owner;
        this.shownDate = shownDate;
    }

    /** Called with each form as it opens. */
    public void setOnOpen(Consumer<FormDialog> onOpen) {
        this.onOpen = Objects.requireNonNull(onOpen);
    }

    /** A new tie, from {@code from} when a state is selected (may be null). */
    public void addTie(String from) {
        open(TieFormModel.add(edit.data(), from), "tie-form");
    }

    public void changeTie(Tie tie) {
        open(TieFormModel.change(edit.data(), tie), "tie-form");
    }

    public void endTie(Tie tie) {
        open(TieFormModel.end(edit.data(), tie, shownDate.get()), "tie-form");
    }

    /** A new event on the date shown, naming {@code state} when one is selected (may be null). */
    public void addEvent(String state) {
        open(EventFormModel.add(edit.data(), PartialDate.ofDay(shownDate.get()).toString(), state), "event-form");
    }

    public void changeEvent(Event event) {
        open(EventFormModel.change(edit.data(), event), "event-form");
    }

    public void addState() {
        open(StateFormModel.add(edit.data()), "state-form");
    }

    /** Changes a stored state; nothing when the code names no stored state. */
    public void changeState(String code) {
        edit.data().states().stream().filter(s -> s.code().equals(code)).findFirst()
                .ifPresent((State state) -> open(StateFormModel.change(edit.data(), state), "state-form"));
    }

    private void open(FormModel form, String id) {
        if (!edit.hasWorkspace()) {
            return;
        }
        FormDialog dialog = new FormDialog(owner.get(), form, id);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == ButtonType.OK && form.isValid()) {
                edit.apply(form.change());
            }
        });
        dialog.show();
        onOpen.accept(dialog);
    }
}
