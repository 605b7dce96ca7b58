package de.lenkwerk.base.ui;

import com.vaadin.flow.component.select.Select;
import de.lenkwerk.base.EnumLabels;

/** A select over an enum, labelled through the translation bundles ({@code enum.<Type>.<CONSTANT>}). */
public class EnumSelect<E extends Enum<E>> extends Select<E> {

    public EnumSelect(String label, Class<E> type, boolean emptyAllowed) {
        setLabel(label);
        setItems(type.getEnumConstants());
        setItemLabelGenerator(value -> value == null ? getTranslation("none") : getTranslation(EnumLabels.key(value)));
        setEmptySelectionAllowed(emptyAllowed);
        if (emptyAllowed) {
            setEmptySelectionCaption(getTranslation("none"));
        }
    }
}
