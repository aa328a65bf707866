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

    /** The colour of a pixel without its translucency, and its opacity. */
    private static int rgbAt(TiePicture picture, int x, int y) {
        int argb = picture.pixel(x, y);
        int alpha = argb >>> 24;
        if (alpha == 0) {
            return -1;
        }
        int r = ((argb >> 16) & 0xFF) * 255 / alpha;
        int g = ((argb >> 8) & 0xFF) * 255 / alpha;
        int b = (argb & 0xFF) * 255 / alpha;
        return r << 16 | g << 8 | b;
    }

    private static int alphaAt(TiePicture picture, int x, int y) {
        return picture.pixel(x, y) >>> 24;
    }

    @Test
    void eachTieIsALineInItsTypeColourBetweenItsStates() {
        TiePicture picture = TiePicture.draw(DAY, List.of(tie("AAA", "BBB", TieType.RECOGNITION),
                tie("AAA", "CCC", TieType.AMBASSADOR)), null, DisplayOptions.DEFAULT, LAYOUT, VIEW);

        // AAA-BBB runs along pixel row 230 from x 20 to 220; AAA-CCC along column 20 from y 230 up to 30.
        assertThat(Pixels.near(rgbAt(picture, 120, 230), TieStyle.RECOGNITION.rgb())).isTrue();
        assertThat(Pixels.near(rgbAt(picture, 20, 130), TieStyle.AMBASSADOR.rgb())).isTrue();
        assertThat(alphaAt(picture, 120, 230)).isEqualTo(TiePicture.ALPHA);
        // Nothing where no tie passes: the diagonal AAA-DDD is not a tie.
        assertThat(alphaAt(picture, 120, 130)).isZero();
        assertThat(picture.date()).isEqualTo(DAY);
    }

    @Test
    void anotherViewportMovesAndScalesTheLines() {
        Viewport zoomedAndPanned = new Viewport(240, 240, 1, -1, 50, 150);
        TiePicture picture = TiePicture.draw(DAY, List.of(tie("AAA", "BBB", TieType.RECOGNITION)), null,
                DisplayOptions.DEFAULT, LAYOUT, zoomedAndPanned);

        // Now from pixel (50, 150) to (150, 150).
        assertThat(Pixels.near(rgbAt(picture, 100, 150), TieStyle.RECOGNITION.rgb())).isTrue();
        assertThat(alphaAt(picture, 160, 150)).isZero();
        assertThat(alphaAt(picture, 120, 230)).isZero();
        assertThat(picture.viewport()).isEqualTo(zoomedAndPanned);
    }

    @Test
    void hiddenTypesAreLeftOutAndTiesAwayFromTheFocusAreFaint() {
        List<Tie> ties = List.of(tie("AAA", "BBB", TieType.RECOGNITION), tie("CCC", "DDD", TieType.RECOGNITION),
                tie("AAA", "CCC", TieType.ENGAGEMENT));
        DisplayOptions options = DisplayOptions.DEFAULT.withType(TieType.ENGAGEMENT, false).withFocus("BBB");

        TiePicture picture = TiePicture.draw(DAY, ties, null, options, LAYOUT, VIEW);

        assertThat(alphaAt(picture, 120, 230)).isEqualTo(TiePicture.ALPHA);
        assertThat(alphaAt(picture, 120, 30)).isEqualTo(TiePicture.DIMMED_ALPHA);
        assertThat(alphaAt(picture, 20, 130)).isZero();
    }

    @Test
    void gainedTiesAreOpaqueAndThickAndLostTiesFaint() {
        Tie gained = tie("AAA", "BBB", TieType.RECOGNITION);
        Tie lost = tie("CCC", "DDD", TieType.AMBASSADOR);
        Comparison comparison = new Comparison(LocalDate.of(1980, 1, 1), List.of(gained), List.of(lost));

        TiePicture picture = TiePicture.draw(DAY, List.of(gained), comparison, DisplayOptions.DEFAULT, LAYOUT, VIEW);

        int opaqueRows = 0;
        for (int y = 224; y <= 236; y++) {
            opaqueRows += alphaAt(picture, 120, y) == 0xFF ? 1 : 0;
        }
        assertThat(opaqueRows).as("rows of the gained tie's line").isEqualTo(2);
        assertThat(alphaAt(picture, 120, 30)).isEqualTo(TiePicture.LOST_ALPHA);
        assertThat(Pixels.near(rgbAt(picture, 120, 30), TieStyle.AMBASSADOR.rgb())).isTrue();
    }
}
