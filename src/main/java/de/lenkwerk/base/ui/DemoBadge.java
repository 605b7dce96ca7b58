package de.lenkwerk.base.ui;

import com.vaadin.flow.component.html.Span;

/** The visible "Demo" marker: this installation holds invented data. */
public class DemoBadge extends Span {

    public DemoBadge() {
        addClassName("lw-demo-badge");
        setText(getTranslation("demo.badge"));
        setTitle(getTranslation("demo.badge.tooltip"));
    }
}
