package de.lenkwerk.action.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/** Fired on the UI after an action was recorded elsewhere on the page (meeting capture), so lists refresh. */
public class ActionRecorded extends ComponentEvent<UI> {

    public ActionRecorded(UI source) {
        super(source, false);
    }
}
