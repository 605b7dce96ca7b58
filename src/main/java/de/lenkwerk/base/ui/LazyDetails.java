package de.lenkwerk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.function.SerializableSupplier;

/**
 * A closed {@link Details} whose content is made when it is first opened, e.g. the table beside a chart: a page
 * with many charts then sends their tables only to those who open them, not to everyone on every visit.
 */
public class LazyDetails extends Details {

    private SerializableSupplier<Component> content;

    public LazyDetails(String summary, SerializableSupplier<Component> content) {
        super(summary);
        this.content = content;
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                fill();
            }
        });
    }

    /** Makes the content now, if not made already (opening does it; so does a test that reads it). */
    public void fill() {
        if (content != null) {
            var made = content.get();
            content = null;
            add(made);
        }
    }
}
