package org.diplomap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SavedViewTest {

    private static final PartialDate DAY = PartialDate.parse("2025-07-03");

    private static SavedView withZoomAndCentre(double zoom, double x, double y) {
        return new SavedView("v", DAY, Set.of(), false, null, LayoutKind.NETWORK, zoom, x, y);
    }

    @Test
    void layoutKindsAreReadByTheirCode() {
        assertThat(LayoutKind.fromCode("network")).contains(LayoutKind.NETWORK);
        assertThat(LayoutKind.fromCode("geographic")).contains(LayoutKind.GEOGRAPHIC);
        assertThat(LayoutKind.fromCode("Network")).isEmpty();
        assertThat(LayoutKind.GEOGRAPHIC.code()).isEqualTo("geographic");
    }

    @Test
    void hiddenTypesAreCopiedSoTheViewCannotChangeAfterwards() {
        Set<TieType> hidden = EnumSet.of(TieType.ENGAGEMENT);
        SavedView view = new SavedView("v", DAY, hidden, false, null, LayoutKind.NETWORK, 1, 0, 0);

        hidden.add(TieType.RECOGNITION);

        assertThat(view.hiddenTypes()).containsExactly(TieType.ENGAGEMENT);
        assertThatThrownBy(() -> view.hiddenTypes().add(TieType.AMBASSADOR))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -1, Double.NaN, Double.POSITIVE_INFINITY})
    void zoomMustBeAPositiveNumber(double zoom) {
        assertThatThrownBy(() -> withZoomAndCentre(zoom, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zoom");
    }

    @Test
    void centreMustBeFinite() {
        assertThatThrownBy(() -> withZoomAndCentre(1, Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> withZoomAndCentre(1, 0, Double.NEGATIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyZoomOneAtTheOriginFitsAll() {
        assertThat(SavedView.of("v", DAY).fitsAll()).isTrue();
        assertThat(withZoomAndCentre(0.5, 0, 0).fitsAll()).isFalse();
        assertThat(withZoomAndCentre(1, 3, 0).fitsAll()).isFalse();
        assertThat(withZoomAndCentre(1, 0, -2).fitsAll()).isFalse();
    }

    @Test
    void datasetOfFourPartsHasNoViewsAndKeepsTheViewsItIsGiven() {
        assertThat(new Dataset("t", List.of(), List.of(), List.of()).views()).isEmpty();
        assertThat(Dataset.empty().views()).isEmpty();

        List<SavedView> views = new ArrayList<>(List.of(SavedView.of("b", DAY), SavedView.of("a", DAY)));
        Dataset dataset = new Dataset("t", List.of(), List.of(), List.of(), views);
        views.clear();

        assertThat(dataset.views()).extracting(SavedView::name).containsExactly("b", "a");
    }
}
