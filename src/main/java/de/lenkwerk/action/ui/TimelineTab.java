package de.lenkwerk.action.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import de.lenkwerk.action.ActionDetail;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.action.ActionStatus;
import de.lenkwerk.action.Confidence;
import de.lenkwerk.action.ProgressReport;
import de.lenkwerk.base.EnumLabels;
import de.lenkwerk.base.ui.EnumSelect;
import de.lenkwerk.base.ui.FormErrors;
import de.lenkwerk.base.ui.Formats;
import de.lenkwerk.base.ui.Notifications;
import org.springframework.data.domain.PageRequest;

/** Progress updates as a timeline, newest first, and the form with which owners report. */
class TimelineTab extends Div {

    final TextArea text = new TextArea(getTranslation("action.report.text"));
    final EnumSelect<ActionStatus> status = new EnumSelect<>(getTranslation("action.status"), ActionStatus.class, false);
    final IntegerField progress = new IntegerField(getTranslation("action.progress"));
    final EnumSelect<Confidence> confidence =
            new EnumSelect<>(getTranslation("action.report.confidence"), Confidence.class, true);
    final FormErrors errors = new FormErrors();
    final Button report;

    TimelineTab(ActionView view, ActionDetail action, ActionService actions) {
        addClassName("lw-section");
        text.setId("report-text");
        progress.setId("report-progress");
        text.setMaxLength(ProgressReport.TEXT_MAX);
        text.setWidthFull();
        status.setValue(action.status());
        confidence.setId("report-confidence");
        confidence.setValue(action.confidence());
        confidence.setHelperText(getTranslation("action.report.confidence.help"));
        progress.setValue(action.progress());
        progress.setMin(0);
        progress.setMax(100);
        progress.setStepButtonsVisible(true);
        if (action.progressRolledUp()) {
            progress.setReadOnly(true);
            progress.setHelperText(getTranslation("action.progress.rolled-up"));
        }
        report = new Button(getTranslation("action.report"), e -> {
            var valid = !text.isEmpty() && progress.getValue() != null && progress.getValue() >= 0 && progress.getValue() <= 100;
            text.setInvalid(text.isEmpty());
            text.setErrorMessage(getTranslation("validation.required"));
            progress.setInvalid(progress.getValue() == null || progress.getValue() < 0 || progress.getValue() > 100);
            progress.setErrorMessage(getTranslation("validation.range", 0, 100));
            if (valid && errors.attempt(() -> actions.report(action.id(), action.version(),
                    new ProgressReport(text.getValue(), status.getValue(), progress.getValue(), confidence.getValue())))) {
                Notifications.saved(getTranslation("action.report.saved"));
                view.reload(2);
            }
        });
        report.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        report.setId("report-save");
        if (action.canReport()) {
            var row = new Div(status, progress, confidence, report);
            row.addClassName("lw-toolbar");
            var card = new Div(new H2(getTranslation("action.report")), errors, text, row);
            card.addClassName("lw-card");
            add(card);
        }
        var items = actions.timeline(action.id(), PageRequest.of(0, 200));
        if (items.isEmpty()) {
            add(new Paragraph(getTranslation("action.timeline.empty")));
        }
        var list = new Div();
        list.addClassName("lw-timeline");
        for (var item : items) {
            var meta = new Span(Formats.dateTime(item.reportedAt(), getLocale()) + " · " + item.author()
                    + (item.newStatus() == null ? "" : " · " + getTranslation(EnumLabels.key(item.newStatus())))
                    + (item.newProgress() == null ? "" : " · " + item.newProgress() + " %")
                    + (item.confidence() == null ? "" : " · " + getTranslation("confidence.label",
                            getTranslation(EnumLabels.key(item.confidence())))));
            meta.addClassName("lw-muted");
            var body = new Paragraph(item.text());
            var entry = new Div(meta, body);
            entry.addClassName("lw-timeline-entry");
            list.add(entry);
        }
        add(list);
    }
}
