package org.diplomap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.diplomap.graph.Comparison;
import org.diplomap.graph.DisplayOptions;
import org.diplomap.graph.Layout;
import org.diplomap.graph.TieStyle;
import org.diplomap.model.Confidence;
import org.diplomap.model.PartialDate;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.junit.jupiter.api.Test;

class TiePictureTest {

    private static final LocalDate DAY = LocalDate.of(2000, 1, 1);
    /** Four states at the corners of a square of 100 layout units. */
    private static final Layout LAYOUT = new Layout(Map.of(
            "AAA", new Layout.Point(0, 0), "BBB", new Layout.Point(100, 0),
            "CCC", new Layout.Point(0, 100), "DDD", new Layout.Point(100, 100)));
    /** 1 layout unit = 2 pixels, y downwards, the square's corner (0, 0) at pixel (20, 230). */
    private static final Viewport VIEW = new Viewport(240, 240, 2, -2, 20, 230);

    private static Tie tie(String from, String to, TieType type) {
        return new Tie(from, to, type, PartialDate.parse("1990"), null, null, null, Confidence.HIGH);
    }

    /** A tie's colour with {@code share} of 255 of it over white (the lines are opaque, lightened so). */
    private static int lightened(TieStyle style, int share) {
        double keep = share / 255.0;
        int rgb = style.rgb();
        int r = (int) Math.round(((rgb >> 16) & 0xFF) * keep + 255 * (1 - keep));
        int g = (int) Math.round(((rgb >> 8) & 0xFF) * keep + 255 * (1 - keep));
        int b = (int) Math.round((rgb & 0xFF) * keep + 255 * (1 - keep));
        return r << 16 | g << 8 | b;
    }

    private static boolean shows(TiePicture picture, int x, int y, TieStyle style, int share) {
        int argb = picture.pixel(x, y);
        return argb >>> 24 == 0xFF && Pixels.near(argb, lightened(style, share));
    }

    private static boolean empty(TiePicture picture, int x, int y) {
        return picture.pixel(x, y) == 0;
    }

    @Test
    void eachTieIsALineInItsTypeColourBetweenItsStates() {
        TiePicture picture = TiePicture.draw(DAY, List.of(tie("AAA", "BBB", TieType.RECOGNITION),
                tie("AAA", "CCC", TieType.AMBASSADOR)), null, DisplayOptions.DEFAULT, LAYOUT, VIEW);

        // AAA-BBB runs along pixel row 230 from x 20 to 220; AAA-CCC along column 20 from y 230 up to 30.
        assertThat(shows(picture, 120, 230, TieStyle.RECOGNITION, 0x90)).isTrue();
        assertThat(shows(picture, 20, 130, TieStyle.AMBASSADOR, 0x90)).isTrue();
        assertThat(shows(picture, 20, 130, TieStyle.RECOGNITION, 0x90)).isFalse();
        // Nothing where no tie passes: the diagonal AAA-DDD is not a tie.
        assertThat(empty(picture, 120, 130)).isTrue();
        assertThat(picture.date()).isEqualTo(DAY);
    }

    @Test
    void anotherViewportMovesAndScalesTheLines() {
        Viewport zoomedAndPanned = new Viewport(240, 240, 1, -1, 50, 150);
        TiePicture picture = TiePicture.draw(DAY, List.of(tie("AAA", "BBB", TieType.RECOGNITION)), null,
                DisplayOptions.DEFAULT, LAYOUT, zoomedAndPanned);

        // Now from pixel (50, 150) to (150, 150).
        assertThat(shows(picture, 100, 150, TieStyle.RECOGNITION, 0x90)).isTrue();
        assertThat(empty(picture, 160, 150)).isTrue();
        assertThat(empty(picture, 120, 230)).isTrue();
        assertThat(picture.viewport()).isEqualTo(zoomedAndPanned);
    }

    @Test
    void hiddenTypesAreLeftOutAndTiesAwayFromTheFocusAreFaint() {
        List<Tie> ties = List.of(tie("AAA", "BBB", TieType.RECOGNITION), tie("CCC", "DDD", TieType.RECOGNITION),
                tie("AAA", "CCC", TieType.ENGAGEMENT));
        DisplayOptions options = DisplayOptions.DEFAULT.withType(TieType.ENGAGEMENT, false).withFocus("BBB");

        TiePicture picture = TiePicture.draw(DAY, ties, null, options, LAYOUT, VIEW);

        assertThat(shows(picture, 120, 230, TieStyle.RECOGNITION, 0x90)).isTrue();
        assertThat(shows(picture, 120, 30, TieStyle.RECOGNITION, 0x18)).isTrue();
        assertThat(empty(picture, 20, 130)).isTrue();
    }

    @Test
    void gainedTiesAreOpaqueAndThickAndLostTiesFaint() {
        Tie gained = tie("AAA", "BBB", TieType.RECOGNITION);
        Tie lost = tie("CCC", "DDD", TieType.AMBASSADOR);
        Comparison comparison = new Comparison(LocalDate.of(1980, 1, 1), List.of(gained), List.of(lost));

        TiePicture picture = TiePicture.draw(DAY, List.of(gained), comparison, DisplayOptions.DEFAULT, LAYOUT, VIEW);

        int rows = 0;
        for (int y = 224; y <= 236; y++) {
            rows += shows(picture, 120, y, TieStyle.RECOGNITION, 0xFF) ? 1 : 0;
        }
        assertThat(rows).as("rows of the gained tie's line in its full colour").isEqualTo(2);
        assertThat(shows(picture, 120, 30, TieStyle.AMBASSADOR, 0x30)).isTrue();
    }

    @Test
    void whereTiesCrossTheStrongerTypeLiesOnTop() {
        // The diagonals AAA-DDD and BBB-CCC cross in the middle of the square, at pixel (120, 130).
        List<Tie> ties = List.of(tie("AAA", "DDD", TieType.RECOGNITION), tie("BBB", "CCC", TieType.ENGAGEMENT));

        TiePicture picture = TiePicture.draw(DAY, ties, null, DisplayOptions.DEFAULT, LAYOUT, VIEW);
        TiePicture reversed = TiePicture.draw(DAY, List.of(ties.get(1), ties.get(0)), null, DisplayOptions.DEFAULT, LAYOUT, VIEW);

        assertThat(shows(picture, 120, 130, TieStyle.RECOGNITION, 0x90)).isTrue();
        assertThat(shows(reversed, 120, 130, TieStyle.RECOGNITION, 0x90)).isTrue();
    }
}
