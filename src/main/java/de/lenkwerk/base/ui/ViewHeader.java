package de.lenkwerk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/** Title, one line of explanation and the view's main actions, the same on every page. */
public class ViewHeader extends Div {

    public ViewHeader(String title, String description, Component... actions) {
        addClassName("lw-view-header");
        var text = new Div(new H1(title));
        if (description != null && !description.isBlank()) {
            var p = new Paragraph(description);
            p.addClassName("lw-view-description");
            text.add(p);
        }
        var actionBar = new Div(actions);
        actionBar.addClassName("lw-view-actions");
        add(text, actionBar);
    }
}
