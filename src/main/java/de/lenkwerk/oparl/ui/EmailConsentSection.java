package de.lenkwerk.oparl.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import de.lenkwerk.base.ui.ProfileSection;
import de.lenkwerk.oparl.EmailConsent;

/** "Offene Ratsdaten (OParl)" on the profile page: whether the person's e-mail address may be shown there. */
@org.springframework.stereotype.Component
class EmailConsentSection implements ProfileSection {

    private final EmailConsent consent;

    EmailConsentSection(EmailConsent consent) {
        this.consent = consent;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String titleKey() {
        return "oparl.profile.title";
    }

    @Override
    public Component create() {
        return new Card(consent);
    }

    static class Card extends Div {

        final Checkbox emailPublic = new Checkbox();

        Card(EmailConsent consent) {
            emailPublic.setLabel(getTranslation("oparl.profile.email-public"));
            emailPublic.setValue(consent.given());
            emailPublic.setId("oparl-email-public");
            emailPublic.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    consent.set(e.getValue());
                }
            });
            add(new Paragraph(getTranslation("oparl.profile.description")), emailPublic);
        }
    }
}
