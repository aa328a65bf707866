package org.diplomap.ui.details;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.diplomap.model.Confidence;
import org.diplomap.model.Dataset;
import org.diplomap.model.PartialDate;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.diplomap.timeline.TimelineIndex;

/**
 * The ties of the selected state: those active at the current date, strongest type first, and its whole
 * history. Both come from the timeline index, which is cheap to ask again whenever the state, the date or
 * the index changes. Clicking a tie asks to go to the day it started.
 */
public final class DetailsViewModel {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** A tie active at the date, in the words the panel shows. */
    public record TieRow(Tie tie, String sentence, String arrow, String since, Confidence confidence,
                         String source) {

        public TieType type() {
            return tie.type();
        }
    }

    /** A tie over its whole life: from its start to its end, or to the end of the data if it has none. */
    public record HistoryBar(Tie tie, String label, LocalDate start, LocalDate end, boolean open) {
    }

    private final ObjectProperty<String> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<Tie> selectedTie = new ReadOnlyObjectWrapper<>(this, "selectedTie");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
    private final ReadOnlyStringWrapper dateText = new ReadOnlyStringWrapper(this, "dateText", "");
    private final ObservableList<TieRow> rows = FXCollections.observableArrayList();
    private final ObservableList<HistoryBar> history = FXCollections.observableArrayList();
    private final ObservableList<TieRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<HistoryBar> historyView = FXCollections.unmodifiableObservableList(history);
    private final ReadOnlyObjectWrapper<LocalDate> historyStart = new ReadOnlyObjectWrapper<>(this, "historyStart");
    private final ReadOnlyObjectWrapper<LocalDate> historyEnd = new ReadOnlyObjectWrapper<>(this, "historyEnd");
    private TimelineIndex index = TimelineIndex.of(Dataset.empty());
    private Consumer<LocalDate> onGoTo = day -> { };

    public DetailsViewModel() {
        selected.addListener((obs, old, code) -> refresh());
        date.addListener((obs, old, day) -> refreshRows());
    }

    /** Takes a (new) index, after opening or importing; the selection stays and is shown from it. */
    public void setIndex(TimelineIndex index) {
        this.index = Objects.requireNonNull(index);
        refresh();
    }

    /** Called with the start of a tie when one is clicked. */
    public void setOnGoTo(Consumer<LocalDate> onGoTo) {
        this.onGoTo = Objects.requireNonNull(onGoTo);
    }

    /** The code of the state shown, or null for none. */
    public ObjectProperty<String> selectedProperty() {
        return selected;
    }

    public void select(String code) {
        selected.set(code);
    }

    /** The date whose active ties are listed; bind it to the timeline's date. */
    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** The name of the selected state (its code when the dataset does not name it); empty for none. */
    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    /** "On 3 July 2025". */
    public ReadOnlyStringProperty dateTextProperty() {
        return dateText.getReadOnlyProperty();
    }

    /** The ties of the selected state active at the date, by type (in {@link TieType} order), then start. */
    public ObservableList<TieRow> rows() {
        return rowsView;
    }

    /** Every tie of the selected state, by start. */
    public ObservableList<HistoryBar> history() {
        return historyView;
    }

    /** The first day of the history: the start of the state's first tie; null when it has none. */
    public ReadOnlyObjectProperty<LocalDate> historyStartProperty() {
        return historyStart.getReadOnlyProperty();
    }

    /** The last day of the history: the end of the data, or a later tie end; null when it has no tie. */
    public ReadOnlyObjectProperty<LocalDate> historyEndProperty() {
        return historyEnd.getReadOnlyProperty();
    }

    public void goTo(Tie tie) {
        selectedTie.set(tie);
        onGoTo.accept(tie.start().firstDay());
    }

    /** The tie last clicked in the panel, which the edit menu changes or ends; null for none. */
    public ReadOnlyObjectProperty<Tie> selectedTieProperty() {
        return selectedTie.getReadOnlyProperty();
    }

    public void selectTie(Tie tie) {
        selectedTie.set(tie);
    }

    private void refresh() {
        String code = selected.get();
        name.set(code == null ? "" : nameOf(code));
        List<Tie> ties = code == null ? List.of() : index.tiesOf(code);
        // The selected tie stays selected if the state and the index still have it (an edit keeps its name).
        Tie chosen = selectedTie.get();
        selectedTie.set(chosen == null ? null
                : ties.stream().filter(t -> t.id().equals(chosen.id())).findFirst().orElse(null));
        LocalDate endOfData = index.lastDay().orElse(null);
        LocalDate end = ties.stream().map(Tie::end).filter(Objects::nonNull).map(PartialDate::firstDay)
                .reduce(endOfData, (a, b) -> a == null || b.isAfter(a) ? b : a);
        // The span first: a chart redraws as soon as the bars change.
        historyStart.set(ties.isEmpty() ? null : ties.get(0).start().firstDay());
        historyEnd.set(ties.isEmpty() ? null : end);
        history.setAll(ties.stream().map(tie -> new HistoryBar(tie, arrow(tie, code) + " \u00B7 " + tie.type().label(),
                tie.start().firstDay(), tie.end() == null ? end : tie.end().firstDay(), tie.end() == null)).toList());
        refreshRows();
    }

    private void refreshRows() {
        String code = selected.get();
        LocalDate day = date.get();
        dateText.set(day == null ? "" : "On " + SHOWN.format(day));
        if (code == null || day == null) {
            rows.clear();
            return;
        }
        rows.setAll(index.activeTiesOf(code, day).stream()
                .sorted(Comparator.comparing(Tie::type))
                .map(tie -> row(tie, code))
                .toList());
    }

    private TieRow row(Tie tie, String code) {
        String since = "Since " + tie.start() + (tie.end() == null ? "" : ", until " + tie.end());
        return new TieRow(tie, sentence(tie, code), arrow(tie, code), since, tie.confidence(), tie.source());
    }

    /** The tie with the selected state as subject, so that every row of the panel reads from its side. */
    private String sentence(Tie tie, String code) {
        boolean outgoing = tie.from().equals(code);
        String self = nameOf(code);
        String other = nameOf(outgoing ? tie.to() : tie.from());
        return switch (tie.type()) {
            case RECOGNITION -> outgoing ? self + " recognises " + other : self + " is recognised by " + other;
            case AMBASSADOR -> outgoing ? self + " accepts an ambassador of " + other
                    : self + " has an ambassador accepted by " + other;
            case ENGAGEMENT -> outgoing ? self + " engages with " + other : self + " is engaged by " + other;
        };
    }

    private String arrow(Tie tie, String code) {
        boolean outgoing = tie.from().equals(code);
        return (outgoing ? "\u2192 " : "\u2190 ") + nameOf(outgoing ? tie.to() : tie.from());
    }

    private String nameOf(String code) {
        return index.state(code).map(State::name).orElse(code);
    }
}
