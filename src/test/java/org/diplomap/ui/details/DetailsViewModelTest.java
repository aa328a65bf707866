package org.diplomap.ui.details;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.diplomap.model.Confidence;
import org.diplomap.model.Dataset;
import org.diplomap.model.PartialDate;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.diplomap.store.Workspace;
import org.diplomap.timeline.TimelineIndex;
import org.diplomap.ui.details.DetailsViewModel.HistoryBar;
import org.diplomap.ui.details.DetailsViewModel.TieRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DetailsViewModelTest {

    private static final TimelineIndex BUNDLED = TimelineIndex.of(Workspace.bundledDataset());

    private final DetailsViewModel model = new DetailsViewModel();
    private final List<LocalDate> wentTo = new ArrayList<>();

    @BeforeEach
    void setUp() {
        model.setIndex(BUNDLED);
        model.setOnGoTo(wentTo::add);
    }

    @Test
    void nothingIsShownUntilAStateIsSelected() {
        model.dateProperty().set(LocalDate.of(2026, 2, 1));

        assertThat(model.nameProperty().get()).isEmpty();
        assertThat(model.rows()).isEmpty();
        assertThat(model.history()).isEmpty();
    }

    @Test
    void russiasTiesInFebruary2026AreRecognitionAmbassadorAndEngagementInThatOrder() {
        model.dateProperty().set(LocalDate.of(2026, 2, 1));
        model.select("RUS");

        assertThat(model.nameProperty().get()).isEqualTo("Russia");
        assertThat(model.dateTextProperty().get()).isEqualTo("On 1 February 2026");
        assertThat(model.rows()).extracting(TieRow::type)
                .containsExactly(TieType.RECOGNITION, TieType.AMBASSADOR, TieType.ENGAGEMENT);
        TieRow recognition = model.rows().get(0);
        assertThat(recognition.sentence()).isEqualTo("Russia recognises Afghanistan");
        assertThat(recognition.arrow()).isEqualTo("\u2192 Afghanistan");
        assertThat(recognition.since()).isEqualTo("Since 2025-07-03");
        assertThat(recognition.confidence()).isEqualTo(Confidence.HIGH);
        assertThat(recognition.source()).startsWith("AP");
    }

    @Test
    void rowsFollowTheDate() {
        model.select("RUS");
        model.dateProperty().set(LocalDate.of(2026, 2, 1));

        model.dateProperty().set(LocalDate.of(2025, 7, 2));

        assertThat(model.rows()).extracting(TieRow::type).containsExactly(TieType.ENGAGEMENT);
        assertThat(model.dateTextProperty().get()).isEqualTo("On 2 July 2025");
    }

    @Test
    void tiesTowardsTheSelectedStateReadFromItsSide() {
        model.dateProperty().set(LocalDate.of(2026, 2, 1));
        model.select("AFG");

        assertThat(model.rows()).filteredOn(r -> r.tie().from().equals("RUS")).extracting(TieRow::sentence)
                .containsExactly("Afghanistan is recognised by Russia",
                        "Afghanistan has an ambassador accepted by Russia", "Afghanistan is engaged by Russia");
        assertThat(model.rows()).filteredOn(r -> r.tie().to().equals("AFG")).extracting(TieRow::arrow)
                .allMatch(a -> a.startsWith("\u2190 "));
        assertThat(model.rows()).filteredOn(r -> r.tie().from().equals("AFG")).extracting(TieRow::arrow)
                .isNotEmpty().allMatch(a -> a.startsWith("\u2192 "));
    }

    @Test
    void historyHasEveryTieOfRussiaByStartAndOpenTiesRunToTheEndOfTheData() {
        model.dateProperty().set(LocalDate.of(2000, 1, 1));
        model.select("RUS");

        assertThat(model.history()).extracting(HistoryBar::tie).containsExactlyElementsOf(BUNDLED.tiesOf("RUS"));
        assertThat(model.history()).hasSize(3);
        assertThat(model.history()).extracting(HistoryBar::label).containsExactly(
                "\u2192 Afghanistan \u00B7 Partial engagement", "\u2192 Afghanistan \u00B7 Recognition",
                "\u2192 Afghanistan \u00B7 Accepted ambassador");
        LocalDate endOfData = BUNDLED.lastDay().orElseThrow();
        assertThat(model.history()).allSatisfy(bar -> {
            assertThat(bar.open()).isTrue();
            assertThat(bar.end()).isEqualTo(endOfData);
        });
        assertThat(model.historyStartProperty().get()).isEqualTo(LocalDate.of(2022, 4, 6));
        assertThat(model.historyEndProperty().get()).isEqualTo(endOfData);
    }

    @Test
    void aTieThatEndedBarsToItsEnd() {
        model.select("PAK");

        assertThat(model.history()).filteredOn(bar -> !bar.open()).isNotEmpty()
                .allSatisfy(bar -> assertThat(bar.end()).isEqualTo(bar.tie().end().firstDay()));
    }

    @Test
    void goingToATieGoesToItsStart() {
        model.dateProperty().set(LocalDate.of(2026, 2, 1));
        model.select("RUS");

        model.goTo(model.rows().get(1).tie());

        assertThat(wentTo).containsExactly(LocalDate.of(2025, 7, 3));
    }

    @Test
    void aNewIndexRefreshesTheSelectedState() {
        model.dateProperty().set(LocalDate.of(2026, 2, 1));
        model.select("RUS");
        Tie only = new Tie("RUS", "NOR", TieType.ENGAGEMENT, PartialDate.parse("2024"), null, null, null, null);

        model.setIndex(TimelineIndex.of(new Dataset("other", List.of(new State("RUS", "Russian Federation")),
                List.of(only), List.of())));

        assertThat(model.nameProperty().get()).isEqualTo("Russian Federation");
        assertThat(model.rows()).extracting(TieRow::sentence).containsExactly("Russian Federation engages with NOR");
        assertThat(model.history()).extracting(HistoryBar::tie).containsExactly(only);
    }
}
