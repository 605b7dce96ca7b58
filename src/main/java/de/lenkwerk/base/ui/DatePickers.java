package de.lenkwerk.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;

import java.util.List;
import java.util.Locale;

/** Date pickers that speak the user's language: German month names and DD.MM.YYYY, or English. */
public final class DatePickers {

    private DatePickers() {
    }

    public static DatePicker create(String label) {
        var picker = new DatePicker(label);
        picker.setClearButtonVisible(true);
        var locale = picker.getLocale() == null ? Locale.GERMAN : picker.getLocale();
        picker.setLocale(locale.getLanguage().equals("de") ? Locale.GERMANY : Locale.UK);
        if (locale.getLanguage().equals("de")) {
            picker.setI18n(german());
        }
        return picker;
    }

    public static DateTimePicker createDateTime(String label) {
        var picker = new DateTimePicker(label);
        var locale = picker.getLocale() == null ? Locale.GERMAN : picker.getLocale();
        picker.setLocale(locale.getLanguage().equals("de") ? Locale.GERMANY : Locale.UK);
        if (locale.getLanguage().equals("de")) {
            picker.setDatePickerI18n(german());
        }
        return picker;
    }

    private static DatePicker.DatePickerI18n german() {
        var i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(List.of("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
                "Oktober", "November", "Dezember"));
        i18n.setWeekdays(List.of("Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"));
        i18n.setWeekdaysShort(List.of("So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday("Heute");
        i18n.setCancel("Abbrechen");
        i18n.setDateFormat("dd.MM.yyyy");
        return i18n;
    }
}
