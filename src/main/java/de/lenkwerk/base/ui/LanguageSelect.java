package de.lenkwerk.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.select.Select;
import de.lenkwerk.base.SupportedLocales;

import java.util.Locale;

/** Deutsch / English, always labelled in its own language so that a lost user can find their way back. */
public class LanguageSelect extends Composite<Select<Locale>> {

    public LanguageSelect() {
        var select = getContent();
        select.setItems(SupportedLocales.ALL);
        select.setItemLabelGenerator(LanguageSelect::label);
        select.setAriaLabel("Sprache / Language");
        select.addClassName("lw-language-select");
        select.setWidth("9em");
    }

    /** "Deutsch", "English": each language in its own words. */
    static String label(Locale locale) {
        var name = locale.getDisplayLanguage(locale);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
        var select = getContent();
        var current = SupportedLocales.resolve(attachEvent.getUI().getLocale().toLanguageTag());
        select.setValue(current);
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && !e.getValue().equals(e.getOldValue())) {
                LocaleSupport.switchTo(e.getValue());
            }
        });
    }
}
