package org.diplomap.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.diplomap.model.Change;
import org.diplomap.model.Confidence;
import org.diplomap.model.PartialDate;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.diplomap.store.ChangeEntry;
import org.diplomap.store.Workspace;
import org.diplomap.store.h2.H2Workspaces;
import org.diplomap.timeline.TimelineIndex;
import org.diplomap.ui.task.SameThreadTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditViewModelTest {

    private static final Tie FRANCE = new Tie("FRA", "AFG", TieType.RECOGNITION, PartialDate.parse("2026-02"), null,
            null, null, Confidence.HIGH);

    @TempDir
    Path dir;

    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final List<Throwable> errors = new ArrayList<>();
    private final List<TimelineIndex> published = new ArrayList<>();

    private EditViewModel model(Workspace workspace) {
        EditViewModel model = new EditViewModel(tasks, errors::add);
        model.setOnEdited(published::add);
        model.setWorkspace(workspace);
        return model;
    }

    @Test
    void undoAndRedoNameWhatTheyWouldDo() {
        try (Workspace workspace = H2Workspaces.open(dir.resolve("db"))) {
            EditViewModel model = model(workspace);
            assertThat(model.canUndoProperty().get()).isFalse();
            assertThat(model.undoTextProperty().get()).isEqualTo("Undo");

            model.apply(Change.addTie(FRANCE, List.of(new State("FRA", "France"))));

            assertThat(model.undoTextProperty().get()).isEqualTo("Undo Add tie FRA \u2192 AFG recognition");
            assertThat(model.canUndoProperty().get()).isTrue();
            assertThat(model.canRedoProperty().get()).isFalse();
            assertThat(published).hasSize(1);
            assertThat(published.get(0).snapshotAt(LocalDate.of(2026, 3, 1)).ties()).contains(FRANCE);

            model.undo();

            assertThat(model.undoTextProperty().get()).isEqualTo("Undo");
            assertThat(model.redoTextProperty().get()).isEqualTo("Redo Add tie FRA \u2192 AFG recognition");
            assertThat(model.history()).singleElement().satisfies(e -> assertThat(e.undone()).isTrue());
            assertThat(published.get(1).snapshotAt(LocalDate.of(2026, 3, 1)).ties()).doesNotContain(FRANCE);
            assertThat(published.get(1).state("FRA")).isEmpty();
            assertThat(model.statusProperty().get()).isEqualTo("Undone: Add tie FRA \u2192 AFG recognition");
            assertThat(errors).isEmpty();
        }
    }

    @Test
    void historyAndUndoSurviveARestart() {
        try (Workspace workspace = H2Workspaces.open(dir.resolve("db"))) {
            model(workspace).apply(Change.addTie(FRANCE, List.of(new State("FRA", "France"))));
        }
        try (Workspace reopened = H2Workspaces.open(dir.resolve("db"))) {
            EditViewModel model = model(reopened);

            assertThat(model.history()).extracting(ChangeEntry::description)
                    .containsExactly("Add tie FRA \u2192 AFG recognition");
            assertThat(model.undoTextProperty().get()).isEqualTo("Undo Add tie FRA \u2192 AFG recognition");
            model.undo();
            assertThat(reopened.index().tiesOf("FRA")).isEmpty();
        }
    }

    @Test
    void failedEditIsReportedAndChangesNothing() {
        try (Workspace workspace = H2Workspaces.open(dir.resolve("db"))) {
            EditViewModel model = model(workspace);
            Tie notStored = new Tie("FRA", "AFG", TieType.RECOGNITION, PartialDate.parse("1990"), null, null, null,
                    Confidence.HIGH);

            model.apply(Change.endTie(notStored, PartialDate.parse("1991")));

            assertThat(errors).singleElement().satisfies(e -> assertThat(e.getMessage())
                    .contains("FRA>AFG:recognition@1990 is not stored as the edit expects"));
            assertThat(model.history()).isEmpty();
            assertThat(published).isEmpty();
            assertThat(model.busyProperty().get()).isFalse();
        }
    }

    @Test
    void tieFormChecksAsYouTypeAndGivesTheEdit() {
        try (Workspace workspace = H2Workspaces.open(dir.resolve("db"))) {
            TieFormModel form = TieFormModel.add(workspace.data(), "FRA");
            assertThat(form.isValid()).isFalse();
            // Not typed into yet: no problem shown, though the form cannot be confirmed.
            assertThat(form.problem("to").get()).isEmpty();
            assertThat(form.allProblems()).containsKeys("to", "start");

            form.value("to").set("AFG");
            form.value("start").set("2026-02-30");
            assertThat(form.problem("start").get()).isEqualTo("'2026-02-30' is not a date of the calendar");
            assertThat(form.isValid()).isFalse();

            form.value("start").set("2026-02");
            assertThat(form.problem("start").get()).isEmpty();
            assertThat(form.isValid()).isTrue();
            assertThat(form.change()).isEqualTo(Change.addTie(FRANCE, List.of(new State("FRA", "France"))));
        }
    }

    @Test
    void endFormOffersTheDateShownAndChangesOnlyTheEnd() {
        try (Workspace workspace = H2Workspaces.open(dir.resolve("db"))) {
            Tie russia = workspace.data().ties().stream()
                    .filter(t -> t.from().equals("RUS") && t.type() == TieType.RECOGNITION).findFirst().orElseThrow();
            TieFormModel form = TieFormModel.end(workspace.data(), russia, LocalDate.of(2026, 1, 15));

            assertThat(form.value("end").get()).isEqualTo("2026-01-15");
            assertThat(form.isLocked("from")).isTrue();
            assertThat(form.isLocked("end")).isFalse();
            assertThat(form.change()).isEqualTo(Change.endTie(russia, PartialDate.parse("2026-01-15")));

            form.value("end").set("2025");
            assertThat(form.problem("end").get()).startsWith("end before start: end 2025 is not after start");
            assertThat(form.isValid()).isFalse();
        }
    }

    @Test
    void endFormOnTheDayTheTieStartsOffersTodayOrTheDayAfterNeverAnEndThatIsAnError() {
        try (Workspace workspace = H2Workspaces.open(dir.resolve("db"))) {
            Tie russia = workspace.data().ties().stream()
                    .filter(t -> t.from().equals("RUS") && t.type() == TieType.RECOGNITION).findFirst().orElseThrow();
            LocalDate start = russia.start().firstDay();

            TieFormModel onStart = TieFormModel.end(workspace.data(), russia, start, LocalDate.of(2026, 3, 1));
            TieFormModel beforeToday = TieFormModel.end(workspace.data(), russia, start, start);

            assertThat(onStart.value("end").get()).isEqualTo("2026-03-01");
            assertThat(onStart.isValid()).isTrue();
            assertThat(beforeToday.value("end").get()).isEqualTo(start.plusDays(1).toString());
            assertThat(beforeToday.isValid()).isTrue();
        }
    }
}
