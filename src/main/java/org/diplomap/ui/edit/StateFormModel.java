package org.diplomap.ui.edit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diplomap.io.Drafts.Checked;
import org.diplomap.io.Drafts.StateDraft;
import org.diplomap.io.EditValidator;
import org.diplomap.model.Change;
import org.diplomap.model.Dataset;
import org.diplomap.model.State;

/**
 * The form of a state: a new one, or a change of the name, start or end of a stored one. A stored state keeps
 * its code, which its ties, events and saved views name.
 */
public final class StateFormModel extends FormModel {

    private final State stored;
    private final EditValidator validator;
    private Checked<State> checked;

    private StateFormModel(State stored, Dataset data) {
        super(stored == null ? "Add state" : "Change state", List.of(
                Field.text("code", "Code", "ISO alpha-3, or 3-8 capitals and digits"),
                Field.text("name", "Name", "e.g. Afghanistan"),
                Field.text("start", "Start", "empty if it always existed"),
                Field.text("end", "End", "empty if it exists")));
        this.stored = stored;
        this.validator = new EditValidator(data);
    }

    public static StateFormModel add(Dataset data) {
        StateFormModel form = new StateFormModel(null, data);
        form.fill(Map.of());
        return form;
    }

    public static StateFormModel change(Dataset data, State state) {
        StateFormModel form = new StateFormModel(state, data);
        form.lock("code");
        Map<String, String> initial = new LinkedHashMap<>();
        initial.put("code", state.code());
        initial.put("name", state.name());
        initial.put("start", state.start() == null ? null : state.start().toString());
        initial.put("end", state.end() == null ? null : state.end().toString());
        form.fill(initial);
        return form;
    }

    @Override
    protected Map<String, String> check() {
        checked = validator.state(new StateDraft(text("code"), text("name"), text("start"), text("end")), stored);
        return checked.problems();
    }

    @Override
    public Change change() {
        if (!isValid()) {
            throw new IllegalStateException("the state form is not valid: " + allProblems());
        }
        return stored == null ? Change.addState(checked.value()) : Change.changeState(stored, checked.value());
    }
}
