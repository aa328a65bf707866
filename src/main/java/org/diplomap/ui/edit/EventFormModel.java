package org.diplomap.ui.edit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diplomap.io.Drafts.Checked;
import org.diplomap.io.Drafts.EventDraft;
import org.diplomap.io.EditValidator;
import org.diplomap.model.Change;
import org.diplomap.model.Dataset;
import org.diplomap.model.Event;

/** The form of a narrative event: a new one, or a change of a stored one. */
public final class EventFormModel extends FormModel {

    private final Event stored;
    private final EditValidator validator;
    private Checked<Event> checked;

    private EventFormModel(Event stored, Dataset data) {
        super(stored == null ? "Add event" : "Change event", List.of(
                Field.text("date", "Date", "YYYY-MM-DD, YYYY-MM or YYYY"),
                Field.text("title", "Title", "what happened"),
                Field.text("description", "Description", "optional"),
                Field.text("source", "Source", "optional"),
                Field.text("states", "States", "codes, e.g. RUS, AFG")));
        this.stored = stored;
        this.validator = new EditValidator(data);
    }

    /** A new event on {@code date} (the date shown), naming {@code state} (may be null). */
    public static EventFormModel add(Dataset data, String date, String state) {
        EventFormModel form = new EventFormModel(null, data);
        Map<String, String> initial = new LinkedHashMap<>();
        initial.put("date", date);
        initial.put("states", state);
        form.fill(initial);
        return form;
    }

    public static EventFormModel change(Dataset data, Event event) {
        EventFormModel form = new EventFormModel(event, data);
        Map<String, String> initial = new LinkedHashMap<>();
        initial.put("date", event.date().toString());
        initial.put("title", event.title());
        initial.put("description", event.description());
        initial.put("source", event.source());
        initial.put("states", String.join(", ", event.states()));
        form.fill(initial);
        return form;
    }

    @Override
    protected Map<String, String> check() {
        checked = validator.event(new EventDraft(text("date"), text("title"), text("description"), text("source"),
                text("states")), stored);
        return checked.problems();
    }

    @Override
    public Change change() {
        if (!isValid()) {
            throw new IllegalStateException("the event form is not valid: " + allProblems());
        }
        Event event = checked.value();
        return stored == null
                ? Change.addEvent(event, validator.newStates(event.states()))
                : Change.changeEvent(stored, event, validator.newStates(event.states()));
    }
}
