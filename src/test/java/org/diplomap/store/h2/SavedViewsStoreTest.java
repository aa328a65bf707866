package org.diplomap.store.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.diplomap.store.h2.Datasets.date;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.diplomap.model.Dataset;
import org.diplomap.model.LayoutKind;
import org.diplomap.model.SavedView;
import org.diplomap.model.State;
import org.diplomap.model.TieType;
import org.diplomap.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedViewsStoreTest {

    private static final SavedView MOSCOW = new SavedView("Moscow", date("2025-07-03"),
            Set.of(TieType.ENGAGEMENT, TieType.AMBASSADOR), true, "RUS", LayoutKind.GEOGRAPHIC, 0.8, 12.5, -3.0);

    @TempDir
    Path dir;

    private Path database;
    private H2Store store;

    @BeforeEach
    void openStoreWithStates() {
        database = dir.resolve("diplomap");
        store = H2Store.open(database);
        store.importDataset(Datasets.afghanistan(), false);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private static SavedView view(String name) {
        return SavedView.of(name, date("2021"));
    }

    private List<String> names() {
        return store.savedViews().stream().map(SavedView::name).toList();
    }

    private void saveAll(String... names) {
        for (String name : names) {
            store.saveView(view(name));
        }
    }

    @Test
    void newDatabaseHasNoViews() {
        assertThat(store.savedViews()).isEmpty();
        assertThat(store.load().views()).isEmpty();
    }

    @Test
    void savedViewComesBackWithEveryField() {
        store.saveView(MOSCOW);

        assertThat(store.savedViews()).containsExactly(MOSCOW);
        assertThat(store.savedViews().get(0).date().toString()).isEqualTo("2025-07-03");
    }

    @Test
    void viewWithoutFocusOrHiddenTypesComesBackEqual() {
        SavedView plain = new SavedView("Plain", date("1997"), Set.of(), false, null, LayoutKind.NETWORK, 1, 0, 0);

        store.saveView(plain);

        assertThat(store.savedViews()).containsExactly(plain);
        assertThat(store.savedViews().get(0).date().toString()).isEqualTo("1997");
    }

    @Test
    void newNamesGoAtTheEndOfTheBriefing() {
        saveAll("c", "a", "b");

        assertThat(names()).containsExactly("c", "a", "b");
    }

    @Test
    void savingAnExistingNameReplacesTheViewInItsPlace() {
        saveAll("a");
        store.saveView(MOSCOW);
        saveAll("c");

        SavedView changed = new SavedView("Moscow", date("2025-08"), Set.of(TieType.RECOGNITION), false, "AFG",
                LayoutKind.NETWORK, 0.5, 1, 2);
        store.saveView(changed);

        assertThat(store.savedViews()).containsExactly(view("a"), changed, view("c"));
    }

    @Test
    void deletingAViewClosesTheGap() {
        saveAll("a", "b", "c", "d");

        store.deleteView("b");
        store.saveView(view("e"));

        assertThat(names()).containsExactly("a", "c", "d", "e");
        store.moveView("e", 0);
        assertThat(names()).containsExactly("e", "a", "c", "d");
    }

    @Test
    void deletingAViewAlsoForgetsItsHiddenTypes() {
        store.saveView(MOSCOW);

        store.deleteView("Moscow");
        store.saveView(SavedView.of("Moscow", date("2025")));

        assertThat(store.savedViews().get(0).hiddenTypes()).isEmpty();
    }

    @Test
    void deletingAnUnknownNameChangesNothing() {
        saveAll("a", "b");

        store.deleteView("z");

        assertThat(names()).containsExactly("a", "b");
    }

    @Test
    void movingAViewKeepsTheOrderOfTheOthers() {
        saveAll("a", "b", "c", "d");

        store.moveView("a", 2);
        assertThat(names()).containsExactly("b", "c", "a", "d");

        store.moveView("d", 0);
        assertThat(names()).containsExactly("d", "b", "c", "a");

        store.moveView("b", 3);
        assertThat(names()).containsExactly("d", "c", "a", "b");

        store.moveView("c", 1);
        assertThat(names()).containsExactly("d", "c", "a", "b");
    }

    @Test
    void movingToAPositionOutsideTheBriefingOrAnUnknownViewFailsAndChangesNothing() {
        saveAll("a", "b", "c");

        assertThatThrownBy(() -> store.moveView("a", 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("from 0 to 2");
        assertThatThrownBy(() -> store.moveView("a", -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.moveView("z", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'z'");

        assertThat(names()).containsExactly("a", "b", "c");
    }

    @Test
    void viewFocusedOnAStateThatIsNotStoredIsRefused() {
        saveAll("a");
        SavedView nowhere = new SavedView("Nowhere", date("2025"), Set.of(), false, "XYZ", LayoutKind.NETWORK, 1, 0, 0);

        assertThatThrownBy(() -> store.saveView(nowhere)).isInstanceOf(StoreException.class)
                .hasMessageContaining("Cannot save the view 'Nowhere'")
                .hasMessageContaining("its focus is not a stored state");

        assertThat(names()).containsExactly("a");
    }

    @Test
    void viewsSurviveReopeningInTheirOrder() {
        store.saveView(MOSCOW);
        saveAll("b", "a");
        store.moveView("a", 0);
        store.close();

        store = H2Store.open(database);

        assertThat(store.savedViews()).containsExactly(view("a"), MOSCOW, view("b"));
    }

    @Test
    void loadReturnsTheViewsInTheDataset() {
        saveAll("b");
        store.saveView(MOSCOW);

        assertThat(store.load().views()).containsExactly(view("b"), MOSCOW);
    }

    @Test
    void importMergesViewsByName() {
        saveAll("a", "Moscow", "c");
        Dataset incoming = new Dataset(null, List.of(), List.of(), List.of(),
                List.of(view("new one"), MOSCOW, view("new two")));

        store.importDataset(incoming, false);

        assertThat(store.savedViews()).containsExactly(view("a"), MOSCOW, view("c"), view("new one"), view("new two"));
    }

    @Test
    void importWithReplaceLeavesOnlyTheIncomingViews() {
        saveAll("a", "Moscow", "c");
        SavedView kabul = new SavedView("Kabul", date("2021-08"), Set.of(), false, "AFG", LayoutKind.NETWORK, 2, 0, 0);
        Dataset incoming = new Dataset("Other", List.of(new State("AFG", "Afghanistan")), List.of(), List.of(),
                List.of(kabul, view("a")));

        store.importDataset(incoming, true);

        assertThat(store.savedViews()).containsExactly(kabul, view("a"));
    }

    @Test
    void importOfAViewFocusedOnAnUnknownStateStoresNothing() {
        saveAll("a");
        Dataset before = store.load();
        SavedView nowhere = new SavedView("Nowhere", date("2025"), Set.of(), false, "XYZ", LayoutKind.NETWORK, 1, 0, 0);
        Dataset incoming = new Dataset("Renamed", List.of(new State("CHN", "China")), List.of(), List.of(),
                List.of(view("b"), nowhere));

        for (boolean replace : new boolean[] {false, true}) {
            assertThatThrownBy(() -> store.importDataset(incoming, replace)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("Nothing was imported");
            assertThat(store.load()).isEqualTo(before);
        }
    }
}
