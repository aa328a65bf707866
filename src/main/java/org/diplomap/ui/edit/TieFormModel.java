package org.diplomap.ui.edit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diplomap.io.Drafts.Checked;
import org.diplomap.io.Drafts.TieDraft;
import org.diplomap.io.EditValidator;
import org.diplomap.model.Change;
import org.diplomap.model.Confidence;
import org.diplomap.model.Dataset;
import org.diplomap.model.PartialDate;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;

/**
 * The form of a tie: a new one, a change of a stored one (any field), or the end of a stored one (only its end
 * can be typed). Checked against the stored data with the importer's rules.
 */
public final class TieFormModel extends FormModel {

    public enum Mode { ADD, CHANGE, END }

    private final Mode mode;
    private final Tie stored;
    private final EditValidator validator;
    private Checked<Tie> checked;

    private TieFormModel(Mode mode, Tie stored, Dataset data, String title) {
        super(title, List.of(
                Field.text("from", "From", "code, e.g. RUS"),
                Field.text("to", "To", "code, e.g. AFG"),
                Field.choice("type", "Type", typeChoices()),
                Field.text("start", "Start", "YYYY-MM-DD, YYYY-MM or YYYY"),
                Field.text("end", "End", "empty while it holds"),
                Field.text("description", "Description", "optional"),
                Field.text("source", "Source", "optional"),
                Field.choice("confidence", "Confidence", confidenceChoices())));
        this.mode = mode;
        this.stored = stored;
        this.validator = new EditValidator(data);
    }

    /** A new tie; {@code from} (may be null) is filled in, for a tie of the selected state. */
    public static TieFormModel add(Dataset data, String from) {
        TieFormModel form = new TieFormModel(Mode.ADD, null, data, "Add tie");
        Map<String, String> initial = new LinkedHashMap<>();
        initial.put("from", from);
        initial.put("type", TieType.RECOGNITION.code());
        initial.put("confidence", Confidence.HIGH.code());
        form.fill(initial);
        return form;
    }

    public static TieFormModel change(Dataset data, Tie tie) {
        TieFormModel form = new TieFormModel(Mode.CHANGE, tie, data, "Change tie");
        form.fill(fieldsOf(tie, tie.end()));
        return form;
    }

    /** Ends a stored tie; the end offered is {@code day}, the date shown (see the other {@code end}). */
    public static TieFormModel end(Dataset data, Tie tie, LocalDate day) {
        return end(data, tie, day, LocalDate.now());
    }

    /**
     * Ends a stored tie. The end offered is the tie's own end if it has one, else {@code day}, the date shown, if
     * that is after the start. Clicking a tie in the details goes to its start, so the date shown is often the
     * start, which no end may be: then {@code today}, which an open tie has reached, or else the day after the start.
     */
    public static TieFormModel end(Dataset data, Tie tie, LocalDate day, LocalDate today) {
        TieFormModel form = new TieFormModel(Mode.END, tie, data, "End tie");
        form.lock("from", "to", "type", "start", "description", "source", "confidence");
        LocalDate start = tie.start().firstDay();
        LocalDate offered = day.isAfter(start) ? day : today.isAfter(start) ? today : start.plusDays(1);
        form.fill(fieldsOf(tie, tie.end() != null ? tie.end() : PartialDate.ofDay(offered)));
        return form;
    }

    private static Map<String, String> fieldsOf(Tie tie, PartialDate end) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("from", tie.from());
        fields.put("to", tie.to());
        fields.put("type", tie.type().code());
        fields.put("start", tie.start().toString());
        fields.put("end", end == null ? "" : end.toString());
        fields.put("description", tie.description());
        fields.put("source", tie.source());
        fields.put("confidence", tie.confidence().code());
        return fields;
    }

    public Mode mode() {
        return mode;
    }

    @Override
    protected Map<String, String> check() {
        checked = validator.tie(new TieDraft(text("from"), text("to"), text("type"), text("start"), text("end"),
                text("description"), text("source"), text("confidence")), stored);
        return checked.problems();
    }

    @Override
    public Change change() {
        if (!isValid()) {
            throw new IllegalStateException("the tie form is not valid: " + allProblems());
        }
        Tie tie = checked.value();
        return switch (mode) {
            case ADD -> Change.addTie(tie, validator.newStates(List.of(tie.from(), tie.to())));
            case END -> tie.end() != null ? Change.endTie(stored, tie.end()) : Change.changeTie(stored, tie, List.of());
            case CHANGE -> Change.changeTie(stored, tie, validator.newStates(List.of(tie.from(), tie.to())));
        };
    }

    private static Map<String, String> typeChoices() {
        Map<String, String> choices = new LinkedHashMap<>();
        for (TieType type : TieType.values()) {
            choices.put(type.code(), type.label());
        }
        return choices;
    }

    private static Map<String, String> confidenceChoices() {
        Map<String, String> choices = new LinkedHashMap<>();
        for (Confidence confidence : Confidence.values()) {
            choices.put(confidence.code(), confidence.code().substring(0, 1).toUpperCase() + confidence.code().substring(1));
        }
        return choices;
    }
}
