package org.diplomap.ui.questions;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.diplomap.graph.DisplayOptions;
import org.diplomap.model.Confidence;
import org.diplomap.model.State;
import org.diplomap.model.TieType;
import org.diplomap.timeline.SideChange;
import org.diplomap.timeline.SideChanges;
import org.diplomap.timeline.TimelineIndex;
import org.diplomap.ui.task.TaskRunner;

/**
 * Who changed sides while the window compares two dates: the changes from the earlier of the compare date and the
 * date shown to the later, among the ties the network shows (its types and least confidence), by date. Choosing a
 * change goes to its day and selects its state; the list keeps its period meanwhile, so that the rows stay put.
 */
public final class ChangesViewModel {

    /** What the list asks of the engine: the period and the ties shown. */
    private record Question(TimelineIndex index, LocalDate from, LocalDate to, Set<TieType> hidden,
                            Confidence least) {
    }

    private final TaskRunner tasks;
    private final Consumer<Throwable> onError;
    private final Consumer<LocalDate> goTo;
    private final Consumer<String> select;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final ObjectProperty<LocalDate> compareDate = new SimpleObjectProperty<>(this, "compareDate");
    private final ObjectProperty<DisplayOptions> options =
            new SimpleObjectProperty<>(this, "options", DisplayOptions.DEFAULT);
    private final ObservableList<SideChange> changes = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<LocalDate> from = new ReadOnlyObjectWrapper<>(this, "from");
    private final ReadOnlyObjectWrapper<LocalDate> to = new ReadOnlyObjectWrapper<>(this, "to");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private TimelineIndex index;
    /** The question last answered or being answered: an answer to any other is of no use. */
    private Question asked;
    /** Set while the window goes to a chosen change's day: the period stays what it was. */
    private boolean goingToAChange;
    /** The date shown that bounds the period with the compare date: the date shown, but for a change's day. */
    private LocalDate periodDate;

    public ChangesViewModel(TaskRunner tasks, Consumer<Throwable> onError, Consumer<LocalDate> goTo,
                            Consumer<String> select) {
        this.tasks = tasks;
        this.onError = onError;
        this.goTo = goTo;
        this.select = select;
        date.addListener((obs, old, day) -> {
            if (!goingToAChange) {
                periodDate = day;
                ask();
            }
        });
        compareDate.addListener((obs, old, day) -> ask());
        options.addListener((obs, old, now) -> ask());
        summary.set(hint());
    }

    public void setIndex(TimelineIndex newIndex) {
        index = newIndex;
        ask();
    }

    /** The date the window shows. */
    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** The date the window compares with; null when it does not compare. */
    public ObjectProperty<LocalDate> compareDateProperty() {
        return compareDate;
    }

    /** What the network shows: its hidden types and least confidence choose the ties listed. */
    public ObjectProperty<DisplayOptions> optionsProperty() {
        return options;
    }

    /** The changes of the period, by date. */
    public ObservableList<SideChange> changes() {
        return FXCollections.unmodifiableObservableList(changes);
    }

    /** The first day of the period listed; null when the window does not compare. */
    public ReadOnlyObjectProperty<LocalDate> fromProperty() {
        return from.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocalDate> toProperty() {
        return to.getReadOnlyProperty();
    }

    /** The period and its counts in words, or how to list changes when the window does not compare. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Goes to the day of a change and selects the state that changed. */
    public void choose(SideChange change) {
        if (change == null) {
            return;
        }
        goingToAChange = true;
        try {
            goTo.accept(change.date().firstDay());
        } finally {
            goingToAChange = false;
        }
        select.accept(change.state());
    }

    /** A change in words: "Japan, recognition: from Taiwan to China". */
    public String describe(SideChange change) {
        return nameOf(change.state()) + ", " + what(change);
    }

    /** What the state did, in words: "recognition: Taiwan \u2192 China", "ambassador gained: China". */
    public String what(SideChange change) {
        String type = change.type().label().toLowerCase(java.util.Locale.ROOT);
        return switch (change.kind()) {
            case SWITCH -> type + ": " + nameOf(change.lostTo()) + " \u2192 " + nameOf(change.gainedTo());
            case GAIN -> type + " gained: " + nameOf(change.gainedTo());
            case LOSS -> type + " lost: " + nameOf(change.lostTo());
        };
    }

    public String nameOf(String code) {
        return index == null ? code : index.state(code).map(State::name).orElse(code);
    }

    private void ask() {
        LocalDate shown = periodDate;
        LocalDate compared = compareDate.get();
        if (index == null || shown == null || compared == null) {
            asked = null;
            from.set(null);
            to.set(null);
            changes.clear();
            summary.set(hint());
            return;
        }
        DisplayOptions display = options.get();
        Question question = new Question(index, compared.isBefore(shown) ? compared : shown,
                compared.isBefore(shown) ? shown : compared, display.hiddenTypes(), display.leastConfidence());
        if (question.equals(asked)) {
            return;
        }
        asked = question;
        tasks.run(() -> SideChanges.between(question.index(), question.from(), question.to(), display::shows),
                answer -> show(question, answer), onError);
    }

    private void show(Question question, List<SideChange> answer) {
        if (!Objects.equals(question, asked)) {
            return;
        }
        from.set(question.from());
        to.set(question.to());
        changes.setAll(answer);
        long switches = SideChanges.switches(answer).size();
        summary.set(String.format("%s to %s: %d %s, %d other %s", question.from(), question.to(), switches,
                switches == 1 ? "switch" : "switches", answer.size() - switches,
                answer.size() - switches == 1 ? "change" : "changes"));
    }

    private static String hint() {
        return "Compare with a date (the legend's field, or Ctrl+D) and move the timeline: the ties gained, lost and "
                + "switched between the two dates are listed here.";
    }
}
