package de.lenkwerk.meetingmode.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import de.lenkwerk.action.DecisionData;
import de.lenkwerk.action.DecisionItem;
import de.lenkwerk.action.DecisionKind;
import de.lenkwerk.base.EnumLabels;
import de.lenkwerk.base.ui.DatePickers;
import de.lenkwerk.base.ui.FormErrors;

import java.time.Clock;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/**
 * The committee's decision on the action under review. "Noted" and "done" are recorded at once; a new deadline,
 * dropping and a comment first ask for the date and the words. A refused decision is explained and keeps the input.
 */
class DecisionBar extends Div {

    /** Records the decision; throws what the service throws. */
    interface Decider extends Serializable {
        DecisionItem decide(DecisionData data);
    }

    /** Called once a decision went through. */
    interface Decided extends Serializable {
        void accept(DecisionItem decision);
    }

    final Map<DecisionKind, Button> buttons = new EnumMap<>(DecisionKind.class);
    final DatePicker deadline;
    final TextField text = new TextField();
    final Button save = new Button(getTranslation("review.decision.save"));
    final Button cancel = new Button(getTranslation("review.decision.cancel"));
    final FormErrors errors = new FormErrors();
    private final Div details = new Div();
    private final Decider decider;
    private final Decided decided;
    DecisionKind pending;

    DecisionBar(Decider decider, Decided decided, Clock clock) {
        this.decider = decider;
        deadline = DatePickers.create(getTranslation("review.decision.deadline"), clock);
        this.decided = decided;
        addClassName("lw-decision-bar");
        var row = new Div();
        row.addClassName("lw-decision-buttons");
        for (var kind : DecisionKind.values()) {
            var button = new Button(getTranslation(EnumLabels.key(kind)), e -> choose(kind));
            button.setId("decide-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            if (kind == DecisionKind.NOTED) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            buttons.put(kind, button);
            row.add(button);
        }
        deadline.setId("decision-deadline");
        text.setId("decision-text");
        text.setMaxLength(DecisionData.COMMENT_MAX);
        text.setWidth("28em");
        save.setId("decision-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> record(pending));
        save.addClickShortcut(Key.ENTER).listenOn(text, deadline);
        cancel.addClickListener(e -> close());
        cancel.addClickShortcut(Key.ESCAPE).listenOn(text, deadline);
        details.addClassName("lw-decision-details");
        // reason first, date last: as in the capture, Enter in the date saves
        details.add(text, deadline, save, cancel);
        details.setVisible(false);
        add(row, errors, details);
    }

    private void choose(DecisionKind kind) {
        if (!kind.needsText()) {
            record(kind);
            return;
        }
        pending = kind;
        deadline.setVisible(kind == DecisionKind.NEW_DEADLINE);
        text.setLabel(getTranslation(kind == DecisionKind.COMMENT ? "review.decision.text" : "review.decision.reason"));
        details.setVisible(true);
        errors.clear();
        text.focus();
    }

    private void record(DecisionKind kind) {
        var data = new DecisionData(kind, kind.needsText() ? text.getValue() : null,
                kind == DecisionKind.NEW_DEADLINE ? deadline.getValue() : null);
        var result = new DecisionItem[1];
        if (errors.attempt(() -> result[0] = decider.decide(data))) {
            close();
            decided.accept(result[0]);
        }
    }

    private void close() {
        pending = null;
        details.setVisible(false);
        errors.clear();
    }
}
