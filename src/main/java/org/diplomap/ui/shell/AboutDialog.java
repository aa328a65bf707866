package org.diplomap.ui.shell;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.diplomap.io.ProductInfo;
import org.diplomap.io.ProductInfo.BundledPart;
import org.diplomap.ui.DiplomapApp;

/** Help > About: the version and day of this build, and whose work it carries under which licence. */
final class AboutDialog {

    private AboutDialog() {
    }

    static void show(Window owner, ProductInfo info, Consumer<String> openAddress) {
        Label what = new Label("Diplomatic ties between states as a network changing over time.");
        Label version = new Label("Version " + info.version() + ", built " + info.buildDate() + ". Java "
                + System.getProperty("java.version") + " on " + System.getProperty("os.name") + ".");
        version.setId("about-version");
        VBox content = new VBox(10, what, version,
                heading("Data it comes with"), table("about-data", info.data(), openAddress),
                heading("Libraries it is built on"), table("about-libraries", info.libraries(), openAddress),
                new Label("The facts of the bundled cases each name their source (hover over a tie)."));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(960, 480);

        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle("About Diplomap");
        alert.setHeaderText("Diplomap " + info.version());
        alert.setGraphic(icon());
        alert.getDialogPane().setId("about");
        alert.getDialogPane().setContent(scroll);
        alert.setResizable(true);
        alert.initOwner(owner);
        alert.show();
    }

    private static Label heading(String text) {
        Label heading = new Label(text);
        heading.setStyle("-fx-font-weight: bold;");
        return heading;
    }

    /** One row a part: its name and version, its licence, and its address as a link. */
    private static GridPane table(String id, List<BundledPart> parts, Consumer<String> openAddress) {
        GridPane table = new GridPane();
        table.setId(id);
        table.setHgap(16);
        table.setVgap(2);
        for (int row = 0; row < parts.size(); row++) {
            BundledPart part = parts.get(row);
            String name = part.version().isEmpty() ? part.name() : part.name() + " " + part.version();
            Label label = new Label(name);
            label.setWrapText(true);
            label.setMaxWidth(320);
            Label licence = new Label(part.licence());
            licence.setWrapText(true);
            licence.setMaxWidth(280);
            Hyperlink address = new Hyperlink(part.address());
            address.setOnAction(e -> openAddress.accept(part.address()));
            table.addRow(row, label, licence, address);
        }
        return table;
    }

    private static ImageView icon() {
        ImageView icon = new ImageView(new Image(DiplomapApp.class.getResource(DiplomapApp.ICON).toExternalForm()));
        icon.setFitWidth(64);
        icon.setFitHeight(64);
        return icon;
    }
}
