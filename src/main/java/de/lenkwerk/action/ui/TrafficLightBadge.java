package de.lenkwerk.action.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import de.lenkwerk.action.Rag;
import de.lenkwerk.action.TrafficLight;
import de.lenkwerk.base.EnumLabels;
import de.lenkwerk.base.Translations;

import java.util.List;
import java.util.stream.Collectors;

/** A traffic light as colour, symbol and word together (never colour alone), with its reasons as tooltip. */
public class TrafficLightBadge extends Span {

    public TrafficLightBadge(Rag colour, List<TrafficLight.Reason> reasons) {
        addClassNames("lw-rag", "lw-rag-" + colour.name().toLowerCase(java.util.Locale.ROOT));
        var icon = switch (colour) {
            case RED -> VaadinIcon.CLOSE_CIRCLE;
            case AMBER -> VaadinIcon.WARNING;
            case GREEN -> VaadinIcon.CHECK_CIRCLE;
            case GREY -> VaadinIcon.CIRCLE_THIN;
        };
        var symbol = icon.create();
        symbol.getElement().setAttribute("aria-hidden", "true");
        add(symbol, new Span(getTranslation(EnumLabels.key(colour))));
        var text = reasonsText(this, reasons);
        setTitle(text);
        getElement().setAttribute("aria-label", getTranslation(EnumLabels.key(colour)) + ": " + text);
    }

    /** The reasons in the user's language, joined into one sentence. */
    public static String reasonsText(com.vaadin.flow.component.Component translator, List<TrafficLight.Reason> reasons) {
        return reasons.stream()
                .map(r -> translator.getTranslation(r.key(), Translations.storedArguments(
                        translator.getTranslation(r.key()), r.args())))
                .collect(Collectors.joining("; "));
    }
}
