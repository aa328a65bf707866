package org.diplomap.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.diplomap.store.Workspace;
import org.diplomap.timeline.TimelineIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SearchViewTest {

    private final SearchViewModel model = new SearchViewModel();
    private final List<String> chosen = new ArrayList<>();
    private SearchView view;

    @Start
    void start(Stage stage) {
        model.setIndex(TimelineIndex.of(Workspace.bundledDataset()));
        model.setOnChoose(chosen::add);
        view = new SearchView(model);
        StackPane root = new StackPane(view);
        root.setPadding(new Insets(12));
        root.setStyle("-fx-background-color: #F2F2F2;");
        stage.setScene(new Scene(root, 360, 320));
        stage.show();
    }

    private List<String> shownSuggestions(FxRobot robot) {
        return robot.lookup(".search-suggestion-name").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).map(Label::getText).toList();
    }

    @Test
    void aNameThatMatchesNoStateSaysSo(FxRobot robot) {
        robot.clickOn("#search").write("Atlantis");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#search-not-found").queryAs(Label.class).getText())
                .isEqualTo("No state named \u201CAtlantis\u201D");
        robot.type(KeyCode.ENTER);
        assertThat(chosen).isEmpty();

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#search-not-found").tryQuery()).isEmpty();
    }

    @Test
    void typingPakiAndEnterChoosesPakistan(FxRobot robot) {
        robot.clickOn("#search").write("paki");

        assertThat(shownSuggestions(robot)).containsExactly("Pakistan");
        robot.type(KeyCode.ENTER);

        assertThat(chosen).containsExactly("PAK");
        assertThat(robot.lookup("#search").queryAs(TextField.class).getText()).isEmpty();
    }

    @Test
    void arrowKeysPickTheSecondSuggestion(FxRobot robot) throws IOException {
        robot.clickOn("#search").write("stan");
        snapshot(robot.lookup("#search-suggestions").query(), "search-suggestions.png");
        snapshot(view.getScene().getRoot(), "search-field.png");

        robot.type(KeyCode.DOWN, KeyCode.DOWN, KeyCode.UP).type(KeyCode.ENTER);

        assertThat(chosen).containsExactly("KAZ");
    }

    @Test
    void clickingASuggestionChoosesIt(FxRobot robot) {
        robot.clickOn("#search").write("ru");

        robot.clickOn("#search-suggestion-0");

        assertThat(chosen).containsExactly("RUS");
    }

    @Test
    void escapeClosesTheListWithoutChoosing(FxRobot robot) {
        robot.clickOn("#search").write("a");
        assertThat(shownSuggestions(robot)).isNotEmpty();

        robot.type(KeyCode.ESCAPE);

        assertThat(shownSuggestions(robot)).isEmpty();
        robot.type(KeyCode.ENTER);
        assertThat(chosen).isEmpty();
    }

    @Test
    void focusPutsTheCursorInTheField(FxRobot robot) {
        robot.interact(view::focus);

        assertThat(robot.lookup("#search").queryAs(TextField.class).isFocused()).isTrue();
        assertThat(robot.lookup("#search").queryAs(TextField.class).getPromptText())
                .isEqualTo("Search a state (name or code)");
    }

    private static void snapshot(Node node, String name) throws IOException {
        Path out = Path.of("target", name);
        Files.createDirectories(out.getParent());
        var image = WaitForAsyncUtils.waitForAsyncFx(5000, () -> node.snapshot(null, null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
    }
}
