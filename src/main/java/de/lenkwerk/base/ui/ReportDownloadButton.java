package de.lenkwerk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * "Statusbericht (Excel)": asks since when changes should be listed, then downloads {@code /statusbericht} with
 * the parameters of the current view. The download is a plain browser request, so the page stays usable.
 */
public class ReportDownloadButton extends Button {

    public ReportDownloadButton(Supplier<Map<String, String>> parameters, Clock clock) {
        super(VaadinIcon.FILE_TABLE.create());
        setText(getTranslation("report.download"));
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setId("report-download");
        addClickListener(e -> open(parameters.get(), clock));
    }

    private void open(Map<String, String> parameters, Clock clock) {
        var dialog = new Dialog(getTranslation("report.download.title"));
        dialog.setWidth("30em");
        var since = DatePickers.compact(getTranslation("report.download.since"), clock);
        since.setWidthFull();
        since.setHelperText(getTranslation("report.download.since.help"));
        since.setId("report-since");
        var link = new Anchor("", getTranslation("report.download.start"));
        link.setRouterIgnore(true);
        link.getElement().setAttribute("download", true);
        // the download is what the dialog is for: it looks like the primary button, Cancel stays quiet
        link.addClassNames("lw-download-link", "lw-primary-link");
        link.setId("report-link");
        Runnable update = () -> link.setHref(href(parameters, since));
        update.run();
        since.addValueChangeListener(e -> update.run());
        link.getElement().addEventListener("click", e -> {
            Notification.show(getTranslation("report.download.preparing"), 4000, Notification.Position.BOTTOM_END);
            dialog.close();
        });
        dialog.add(new Paragraph(getTranslation("report.download.hint")), since);
        var cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        dialog.getFooter().add(cancel, link);
        dialog.open();
    }

    private static String href(Map<String, String> parameters, DatePicker since) {
        var all = new LinkedHashMap<>(parameters);
        if (since.getValue() != null) {
            all.put("seit", since.getValue().toString());
        }
        var ui = UI.getCurrent();
        all.put("sprache", ui == null ? "de" : ui.getLocale().getLanguage());
        return "statusbericht?" + QueryParameters.simple(all).getQueryString();
    }
}
