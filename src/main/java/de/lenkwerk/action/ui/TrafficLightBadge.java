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

    /**
     * The same badge as a Lit template for grid columns (properties colour, icon, label, reasons): rows of a grid
     * get no server-side components.
     */
    static final String TEMPLATE = "<span class=\"lw-rag ${item.colour}\" title=\"${item.reasons}\""
            + " aria-label=\"${item.label}: ${item.reasons}\"><vaadin-icon icon=\"${item.icon}\" aria-hidden=\"true\">"
            + "</vaadin-icon><span>${item.label}</span></span>";

    public TrafficLightBadge(Rag colour, List<TrafficLight.Reason> reasons) {
        addClassNames("lw-rag", colourClass(colour));
        var symbol = vaadinIcon(colour).create();
        symbol.getElement().setAttribute("aria-hidden", "true");
        add(symbol, new Span(getTranslation(EnumLabels.key(colour))));
        var text = reasonsText(this, reasons);
        setTitle(text);
        getElement().setAttribute("aria-label", getTranslation(EnumLabels.key(colour)) + ": " + text);
    }

    static String colourClass(Rag colour) {
        return "lw-rag-" + colour.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The icon's name as the vaadin-icon element takes it, e.g. vaadin:close-circle. */
    static String icon(Rag colour) {
        return "vaadin:" + vaadinIcon(colour).name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static VaadinIcon vaadinIcon(Rag colour) {
        return switch (colour) {
            case RED -> VaadinIcon.CLOSE_CIRCLE;
            case AMBER -> VaadinIcon.WARNING;
            case GREEN -> VaadinIcon.CHECK_CIRCLE;
            case GREY -> VaadinIcon.CIRCLE_THIN;
        };
    }

    /** The reasons in the user's language, joined into one sentence. */
    public static String reasonsText(com.vaadin.flow.component.Component translator, List<TrafficLight.Reason> reasons) {
        return reasons.stream()
                .map(r -> translator.getTranslation(r.key(), Translations.storedArguments(
                        translator.getTranslation(r.key()), r.args())))
                .collect(Collectors.joining("; "));
    }
}
