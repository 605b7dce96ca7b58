package de.lenkwerk.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.data.binder.Result;
import de.lenkwerk.base.GermanDates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Date pickers that speak the user's language (German month names and DD.MM.YYYY, or English) and that never trap
 * the keyboard: typing does not open the calendar, so Tab goes on to the next field; the calendar opens only from its
 * button. The browser reads full dates itself; whatever it cannot read ({@code 31.3.}, {@code +14}, {@code Ende Juni},
 * {@code morgen}) goes to {@link GermanDates} on the server, with "today" from the application's Clock.
 */
public final class DatePickers {

    private DatePickers() {
    }

    /** A date field with the short forms named in its helper text. */
    public static DatePicker create(String label, Clock clock) {
        var picker = base(label, clock);
        picker.setHelperText(picker.getTranslation("date.input.help"));
        return picker;
    }

    /** The same field for filter bars, where a helper text would break the row: the forms are in its tooltip. */
    public static DatePicker compact(String label, Clock clock) {
        var picker = base(label, clock);
        picker.setTooltipText(picker.getTranslation("date.input.help"));
        return picker;
    }

    private static DatePicker base(String label, Clock clock) {
        var picker = new DatePicker(label);
        picker.setClearButtonVisible(true);
        picker.setAutoOpen(false);
        var locale = picker.getLocale() == null ? Locale.GERMAN : picker.getLocale();
        var german = locale.getLanguage().equals("de");
        picker.setLocale(german ? Locale.GERMANY : Locale.UK);
        var i18n = german ? german() : new DatePicker.DatePickerI18n().setDateFormat("dd/MM/yyyy");
        // two-digit years are completed around the server's today, not the browser's
        picker.setI18n(i18n.setReferenceDate(LocalDate.now(clock)));
        picker.setFallbackParser(text -> GermanDates.parse(text, LocalDate.now(clock))
                .map(Result::ok)
                .orElseGet(() -> Result.error(picker.getTranslation("date.input.unrecognised"))));
        return picker;
    }

    public static DateTimePicker createDateTime(String label) {
        var picker = new DateTimePicker(label);
        picker.setAutoOpen(false);
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
