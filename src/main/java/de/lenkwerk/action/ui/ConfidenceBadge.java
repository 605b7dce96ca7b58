package de.lenkwerk.action.ui;

import com.vaadin.flow.component.html.Span;
import de.lenkwerk.action.Confidence;
import de.lenkwerk.action.Disagreement;
import de.lenkwerk.base.EnumLabels;

/**
 * The owner's confidence (Zuversicht) as a word in a pill, shown beside the derived traffic light and never mixed
 * into it; where it disagrees with the rule, the pill says so, because that is where a committee should talk.
 */
public class ConfidenceBadge extends Span {

    public ConfidenceBadge(Confidence confidence, Disagreement disagreement) {
        addClassNames("lw-pill", "lw-confidence");
        var word = confidence == null ? getTranslation("confidence.unknown") : getTranslation(EnumLabels.key(confidence));
        setText(getTranslation("confidence.label", word));
        if (disagreement != null && disagreement != Disagreement.NONE) {
            addClassName("lw-pill-warning");
            setTitle(getTranslation(EnumLabels.key(disagreement)));
            getElement().setAttribute("aria-label", getText() + ". " + getTranslation(EnumLabels.key(disagreement)));
        } else {
            addClassName("lw-pill-neutral");
        }
    }
}
