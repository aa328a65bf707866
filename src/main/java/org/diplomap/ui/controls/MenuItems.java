package org.diplomap.ui.controls;

import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/** Menu items as every menu of the window makes them: a text, an id for tests, keys (or none), an action. */
public final class MenuItems {

    private MenuItems() {
    }

    public static MenuItem item(String text, String id, KeyCombination keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(keys);
        item.setOnAction(e -> action.run());
        return item;
    }

    public static MenuItem item(String text, String id, Runnable action) {
        return item(text, id, null, action);
    }
}
