package de.lenkwerk.base.ui;

import com.vaadin.flow.component.Component;

/** Something a feature shows in the header next to the user menu, e.g. the notification bell. */
public interface HeaderItem {

    Component create();
}
