package org.diplomap.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.diplomap.model.Dataset;
import org.diplomap.model.State;
import org.diplomap.store.Workspace;
import org.diplomap.timeline.TimelineIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchViewModelTest {

    private final SearchViewModel model = new SearchViewModel();
    private final List<String> chosen = new ArrayList<>();

    @BeforeEach
    void setUp() {
        model.setIndex(TimelineIndex.of(Workspace.bundledDataset()));
        model.setOnChoose(chosen::add);
    }

    private List<String> suggestedCodes(String typed) {
        model.textProperty().set(typed);
        return model.suggestions().stream().map(State::code).toList();
    }

    @Test
    void rusSuggestsRussiaFirst() {
        assertThat(suggestedCodes("rus")).first().isEqualTo("RUS");
    }

    @Test
    void codesAreFoundRegardlessOfCase() {
        assertThat(suggestedCodes("AF")).first().isEqualTo("AFG");
        assertThat(suggestedCodes("kaz")).containsExactly("KAZ");
    }

    @Test
    void beginningsComeBeforeWordsInsideNamesWhichComeBeforeAnyOtherPlace() {
        assertThat(suggestedCodes("in")).containsExactly("IND", "CHN", "GBR");
        assertThat(suggestedCodes("ar")).containsExactly("ARE", "SAU", "QAT");
        assertThat(suggestedCodes("stan")).containsExactly("AFG", "KAZ", "KGZ", "PAK", "TKM", "UZB");
    }

    @Test
    void aWordBeginningInsideANameComesBeforeAnyOtherPlace() {
        model.setIndex(TimelineIndex.of(new Dataset("t", List.of(
                new State("AAA", "Zarabia"), new State("ARE", "United Arab Emirates")), List.of(), List.of())));

        assertThat(suggestedCodes("arab")).containsExactly("ARE", "AAA");
    }

    @Test
    void nothingMatchesZzz() {
        assertThat(suggestedCodes("zzz")).isEmpty();
        assertThat(model.highlightedProperty().get()).isEqualTo(-1);
        assertThat(model.chooseHighlighted()).isFalse();
        assertThat(chosen).isEmpty();
    }

    @Test
    void blankTextSuggestsNothing() {
        assertThat(suggestedCodes("   ")).isEmpty();
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        model.setIndex(TimelineIndex.of(new Dataset("t", List.of(new State("CIV", "C\u00F4te d'Ivoire")),
                List.of(), List.of())));

        assertThat(suggestedCodes("COTE")).containsExactly("CIV");
    }

    @Test
    void noMoreThanTenSuggestions() {
        List<State> many = IntStream.range(0, 30).mapToObj(i -> new State(String.format("S%02d", i), "State " + i))
                .toList();
        model.setIndex(TimelineIndex.of(new Dataset("t", many, List.of(), List.of())));

        assertThat(suggestedCodes("state")).hasSize(SearchViewModel.LIMIT);
    }

    @Test
    void enterChoosesTheFirstAndTheHighlightMovesWithinTheList() {
        model.textProperty().set("an");
        int count = model.suggestions().size();
        assertThat(count).isGreaterThan(2);

        model.moveHighlight(-1);
        assertThat(model.highlightedProperty().get()).isZero();
        model.moveHighlight(1);
        model.moveHighlight(100);
        assertThat(model.highlightedProperty().get()).isEqualTo(count - 1);
        model.moveHighlight(-(count - 2));
        String second = model.suggestions().get(1).code();

        assertThat(model.chooseHighlighted()).isTrue();
        assertThat(chosen).containsExactly(second);
        assertThat(model.textProperty().get()).isEmpty();
        assertThat(model.suggestions()).isEmpty();
    }
}
