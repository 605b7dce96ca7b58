package de.lenkwerk.base.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * A grid whose rows lead somewhere opens them by click, and from the keyboard with Enter as well as Space: Enter is
 * what keyboard users try first on a row that acts like a link (WCAG 2.1.1).
 */
public final class GridRows {

    private GridRows() {
    }

    public static <T> void openWith(Grid<T> grid, SerializableConsumer<T> open) {
        // a click that reports no row (the empty area below the rows, a header) opens nothing
        grid.addItemClickListener(e -> {
            if (e.getItem() != null) {
                open.accept(e.getItem());
            }
        });
        var focused = new Object() {
            T item;
        };
        grid.addCellFocusListener(e -> focused.item = e.getItem().orElse(null));
        Shortcuts.addShortcutListener(grid, () -> {
            if (focused.item != null) {
                open.accept(focused.item);
            }
        }, Key.ENTER).listenOn(grid);
    }
}
