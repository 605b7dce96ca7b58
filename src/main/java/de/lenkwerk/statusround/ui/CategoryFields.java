package de.lenkwerk.statusround.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import de.lenkwerk.action.IndicatorItem;
import de.lenkwerk.statusround.MeasurementAnswer;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to an indicator broken down into categories (e.g. the four cities): a value per category, from which
 * the total follows the indicator's rule. A group with the indicator's name as its label, one field per category.
 */
class CategoryFields extends Div {

    final Map<String, BigDecimalField> fields = new LinkedHashMap<>();
    private final IndicatorItem indicator;

    CategoryFields(IndicatorItem indicator, String help) {
        this.indicator = indicator;
        addClassName("lw-category-answers");
        getElement().setAttribute("role", "group");
        var label = new Span(getTranslation("statusround.category.label", indicator.name(), indicator.unit()));
        label.setId("lw-category-" + indicator.id());
        label.addClassName("lw-category-answers-label");
        getElement().setAttribute("aria-labelledby", label.getId().orElseThrow());
        add(label);
        for (var category : indicator.categories()) {
            var field = new BigDecimalField(category);
            field.setWidth("9em");
            fields.put(category, field);
            add(field);
        }
        if (help != null) {
            var helper = new Span(help);
            helper.addClassName("lw-muted");
            add(helper);
        }
    }

    IndicatorItem indicator() {
        return indicator;
    }

    boolean isInvalid() {
        return fields.values().stream().anyMatch(BigDecimalField::isInvalid);
    }

    /** The values typed, per category; null when none was typed. */
    MeasurementAnswer answer() {
        var values = new LinkedHashMap<String, BigDecimal>();
        fields.forEach((category, field) -> {
            if (field.getValue() != null) {
                values.put(category, field.getValue());
            }
        });
        return values.isEmpty() ? null : new MeasurementAnswer(indicator.id(), null, null, values);
    }

    void clear() {
        fields.values().forEach(BigDecimalField::clear);
    }

    /** The answers of several groups, the empty ones left out. */
    static List<MeasurementAnswer> answers(List<CategoryFields> groups) {
        return groups.stream().map(CategoryFields::answer).filter(java.util.Objects::nonNull).toList();
    }
}
