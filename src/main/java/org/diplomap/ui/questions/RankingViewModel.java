package org.diplomap.ui.questions;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.diplomap.model.Confidence;
import org.diplomap.model.TieType;
import org.diplomap.timeline.Ranking;
import org.diplomap.timeline.TimelineIndex;
import org.diplomap.ui.task.TaskRunner;

/**
 * Who counts most at the date shown: the states by ties received (and extended), of one type or all, as sure as the
 * network shows them, with the change since the compare date when the window compares. Choosing a row selects its
 * state.
 */
public final class RankingViewModel {

    private record Question(TimelineIndex index, LocalDate day, LocalDate since, TieType type, Confidence least) {
    }

    private final TaskRunner tasks;
    private final Consumer<Throwable> onError;
    private final Consumer<String> select;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final ObjectProperty<LocalDate> compareDate = new SimpleObjectProperty<>(this, "compareDate");
    private final ObjectProperty<Confidence> leastConfidence =
            new SimpleObjectProperty<>(this, "leastConfidence", Confidence.LOW);
    /** The type counted; null counts every type. */
    private final ObjectProperty<TieType> type = new SimpleObjectProperty<>(this, "type");
    private final ObservableList<Ranking.Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper compared = new ReadOnlyBooleanWrapper(this, "compared", false);
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private TimelineIndex index;
    private Question asked;

    public RankingViewModel(TaskRunner tasks, Consumer<Throwable> onError, Consumer<String> select) {
        this.tasks = tasks;
        this.onError = onError;
        this.select = select;
        date.addListener((obs, old, day) -> ask());
        compareDate.addListener((obs, old, day) -> ask());
        leastConfidence.addListener((obs, old, least) -> ask());
        type.addListener((obs, old, now) -> ask());
    }

    public void setIndex(TimelineIndex newIndex) {
        index = newIndex;
        ask();
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** The date to tell the change since; null for none. */
    public ObjectProperty<LocalDate> compareDateProperty() {
        return compareDate;
    }

    /** The least confidence of the ties counted: the network's. */
    public ObjectProperty<Confidence> leastConfidenceProperty() {
        return leastConfidence;
    }

    public ObjectProperty<TieType> typeProperty() {
        return type;
    }

    /** The states, the most received first. */
    public ObservableList<Ranking.Row> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** Whether the rows tell the change since a compare date. */
    public ReadOnlyBooleanProperty comparedProperty() {
        return compared.getReadOnlyProperty();
    }

    /** What the table counts, in words. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** Selects the state of a row. */
    public void choose(Ranking.Row row) {
        if (row != null) {
            select.accept(row.code());
        }
    }

    private void ask() {
        if (index == null || date.get() == null) {
            return;
        }
        Question question = new Question(index, date.get(), compareDate.get(), type.get(), leastConfidence.get());
        if (question.equals(asked)) {
            return;
        }
        asked = question;
        tasks.run(() -> Ranking.at(question.index(), question.day(), question.since(),
                tie -> (question.type() == null || tie.type() == question.type())
                        && tie.confidence().isAtLeast(question.least())), answer -> show(question, answer), onError);
    }

    private void show(Question question, List<Ranking.Row> answer) {
        if (!Objects.equals(question, asked)) {
            return;
        }
        compared.set(question.since() != null);
        rows.setAll(answer);
        heading.set("On " + question.day() + ", "
                + (question.type() == null ? "ties of every type" : question.type().label().toLowerCase(java.util.Locale.ROOT) + " ties")
                + (question.least() == Confidence.LOW ? "" : ", " + question.least().code() + " confidence or higher")
                + (question.since() == null ? "" : "; \u00b1 since " + question.since()));
    }
}
