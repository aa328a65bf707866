package org.diplomap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.ChoiceBox;
import javafx.scene.image.ImageView;
import org.diplomap.render.export.ExportFormat;
import org.diplomap.render.export.ExportFormats;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class ExportFromWindowTest extends WindowTest {

    @Test
    void fileExportOpensTheExportWindowWithAPreviewOfTheNetworkShown(FxRobot robot) throws Exception {
        shownAt(RECOGNITION_DAY);

        robot.clickOn("File").clickOn("#menu-export");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#export-preview").tryQuery().isPresent()
                && robot.lookup("#export-preview").queryAs(ImageView.class).getImage() != null);

        ChoiceBox<?> format = robot.lookup("#export-format").queryAs(ChoiceBox.class);
        assertThat(format.getItems()).extracting(Object::toString)
                .containsExactlyElementsOf(ExportFormats.ALL.stream().map(ExportFormat::name).toList());
        assertThat(robot.lookup("#export-preview").queryAs(ImageView.class).getImage().getWidth()).isPositive();
        robot.clickOn("#export-close");
    }
}
