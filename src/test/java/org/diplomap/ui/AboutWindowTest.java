package org.diplomap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.GridPane;
import org.diplomap.io.ProductInfo;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Help > About: the version and build day, and every bundled library and data set with its licence. */
class AboutWindowTest extends WindowTest {

    @Test
    void aboutShowsTheVersionTheBuildDayAndEveryBundledPartWithItsLicence(FxRobot robot) throws Exception {
        shownAt(RECOGNITION_DAY);
        List<String> opened = new ArrayList<>();
        robot.interact(() -> view.setAddressOpener(opened::add));
        ProductInfo info = ProductInfo.ofThisBuild();

        robot.interact(() -> aboutItem(robot).fire());
        WaitForAsyncUtils.waitForFxEvents();

        String version = robot.lookup("#about-version").queryAs(Label.class).getText();
        assertThat(version).contains(info.version(), info.buildDate());
        GridPane libraries = robot.lookup("#about-libraries").queryAs(GridPane.class);
        List<String> texts = libraries.getChildren().stream()
                .map(node -> node instanceof Label label ? label.getText() : ((Hyperlink) node).getText()).toList();
        for (ProductInfo.BundledPart library : info.libraries()) {
            assertThat(texts).contains(library.name() + " " + library.version(), library.licence(), library.address());
        }
        GridPane data = robot.lookup("#about-data").queryAs(GridPane.class);
        assertThat(data.getChildren().stream().filter(Label.class::isInstance).map(node -> ((Label) node).getText()))
                .contains("Public domain", info.data().get(0).licence());

        Hyperlink h2 = robot.lookup("#about-libraries .hyperlink").queryAllAs(Hyperlink.class).stream()
                .filter(link -> link.getText().contains("h2database")).findFirst().orElseThrow();
        robot.interact(h2::fire);
        assertThat(opened).containsExactly("https://h2database.com");

        robot.interact(() -> ViewPictures.write(libraries.getScene().getRoot(), "about"));
        robot.interact(() -> libraries.getScene().getWindow().hide());
    }

    private static MenuItem aboutItem(FxRobot robot) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .filter(item -> "menu-about".equals(item.getId())).findFirst().orElseThrow();
    }
}
