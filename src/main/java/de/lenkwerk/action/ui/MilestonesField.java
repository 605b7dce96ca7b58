package de.lenkwerk.action.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.BigDecimalField;
import de.lenkwerk.action.Milestone;
import de.lenkwerk.base.ui.DatePickers;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The milestones (Zwischenziele) of an indicator: rows of a day and a value, added and removed at will. */
class MilestonesField extends CustomField<List<Milestone>> {

    private final Div rows = new Div();
    private final List<Row> entries = new ArrayList<>();
    private final transient Clock clock;

    private record Row(Div layout, DatePicker date, BigDecimalField value) {
    }

    MilestonesField(String label, Clock clock) {
        this.clock = clock;
        setLabel(label);
        setHelperText(getTranslation("indicator.milestones.help"));
        var add = new Button(getTranslation("indicator.milestones.add"), VaadinIcon.PLUS.create(), e -> {
            addRow(null);
            updateValue();
        });
        add.setId("milestone-add");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new Div(rows, add));
    }

    private void addRow(Milestone milestone) {
        var index = entries.size();
        var date = DatePickers.compact(getTranslation("indicator.milestone.date"), clock);
        date.setId("milestone-date-" + index);
        var value = new BigDecimalField(getTranslation("indicator.milestone.value"));
        value.setId("milestone-value-" + index);
        value.setWidth("9em");
        if (milestone != null) {
            date.setValue(milestone.dueOn());
            value.setValue(milestone.targetValue());
        }
        var layout = new Div();
        var row = new Row(layout, date, value);
        var remove = new Button(VaadinIcon.TRASH.create(), e -> {
            entries.remove(row);
            rows.remove(layout);
            updateValue();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        remove.setAriaLabel(getTranslation("indicator.milestones.remove"));
        layout.add(date, value, remove);
        layout.addClassName("lw-toolbar");
        date.addValueChangeListener(e -> updateValue());
        value.addValueChangeListener(e -> updateValue());
        entries.add(row);
        rows.add(layout);
    }

    /** Rows with a day and a value; half-filled rows are left out and flagged by {@link #hasIncompleteRow()}. */
    @Override
    protected List<Milestone> generateModelValue() {
        return entries.stream().filter(r -> r.date().getValue() != null && r.value().getValue() != null)
                .map(r -> new Milestone(r.date().getValue(), r.value().getValue())).toList();
    }

    boolean hasIncompleteRow() {
        return entries.stream().anyMatch(r -> (r.date().getValue() == null) != (r.value().getValue() == null));
    }

    @Override
    protected void setPresentationValue(List<Milestone> milestones) {
        entries.clear();
        rows.removeAll();
        if (milestones != null) {
            milestones.forEach(this::addRow);
        }
    }

    @Override
    public List<Milestone> getEmptyValue() {
        return List.of();
    }
}
