package de.lenkwerk.base.ui;

import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.NotFoundException;
import de.lenkwerk.base.RecordNotFoundException;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** Pages that show one record from their address ({@code gremien/12}, {@code sitzungen/7} …). */
public final class RecordPages {

    private RecordPages() {
    }

    /**
     * Loads the record through its service and hands it over. A record that does not exist, or that the user may
     * not see (the services say "not found" for both), shows the not-found page instead.
     *
     * @return whether the record was loaded and the page can render it
     */
    public static <T> boolean load(BeforeEvent event, Supplier<T> loader, Consumer<T> receiver) {
        T record;
        try {
            record = loader.get();
        } catch (RecordNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return false;
        }
        receiver.accept(record);
        return true;
    }
}
