package org.diplomap.ui.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.diplomap.model.PartialDate;
import org.diplomap.model.SavedView;
import org.diplomap.store.Workspace;
import org.diplomap.store.h2.H2Workspaces;
import org.diplomap.ui.task.QueuedTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedViewsViewModelTest {

    @TempDir
    Path dir;

    private final QueuedTaskRunner tasks = new QueuedTaskRunner();
    private final List<Throwable> errors = new ArrayList<>();
    private final List<SavedView> recalled = new ArrayList<>();
    private final SavedViewsViewModel model = new SavedViewsViewModel(tasks, errors::add);
    private Workspace workspace;

    @BeforeEach
    void open() {
        workspace = H2Workspaces.open(dir.resolve("db"));
        model.setOnRecall(recalled::add);
        model.setStore(workspace.store());
        tasks.runAll();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static SavedView view(String name, String date) {
        return SavedView.of(name, PartialDate.parse(date));
    }

    @Test
    void savedViewsAreStoredInOrderAndSurviveReopening() {
        model.save(view("Before", "2025-07-02"));
        model.save(view("After", "2025-07-03"));
        tasks.runAll();

        assertThat(model.views()).extracting(SavedView::name).containsExactly("Before", "After");
        assertThat(workspace.store().savedViews()).extracting(SavedView::name).containsExactly("Before", "After");
        assertThat(errors).isEmpty();
    }

    @Test
    void pageDownAndUpStepThroughTheBriefingAndStopAtItsEnds() {
        model.save(view("One", "1997"));
        model.save(view("Two", "2021-09-01"));
        tasks.runAll();

        assertThat(model.previous()).isFalse();
        assertThat(model.next()).isTrue();
        assertThat(model.next()).isTrue();
        assertThat(model.next()).isFalse();
        assertThat(model.previous()).isTrue();

        assertThat(recalled).extracting(SavedView::name).containsExactly("One", "Two", "One");
        assertThat(model.currentProperty().get()).isZero();
    }

    @Test
    void movingAndDeletingChangeTheBriefing() {
        model.save(view("A", "2000"));
        model.save(view("B", "2001"));
        model.save(view("C", "2002"));
        tasks.runAll();

        model.move("C", 0);
        model.delete("A");
        tasks.runAll();

        assertThat(model.views()).extracting(SavedView::name).containsExactly("C", "B");
    }

    @Test
    void thePlaceInTheBriefingNamesTheViewAndCountsTheViews() {
        model.save(view("One", "1997"));
        model.save(view("Two", "2021-09-01"));
        model.save(view("Three", "2025-07-03"));
        tasks.runAll();
        assertThat(model.placeProperty().get()).isEmpty();

        model.next();
        model.next();

        assertThat(model.placeProperty().get()).isEqualTo("Two   2 / 3");
    }
}
