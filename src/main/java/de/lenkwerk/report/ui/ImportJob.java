package de.lenkwerk.report.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import de.lenkwerk.report.ImportProgress;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one step of an import (reading and checking a file, or applying it) outside the request, so that a list of
 * thousands of rows neither blocks the screen nor the session: a progress bar, updated by polling (the application
 * uses no push), and a button that cancels the step. The step runs as the signed-in user.
 */
class ImportJob extends Div {

    private static final int POLL_MILLIS = 400;

    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Span label = new Span();
    private final Button cancel = new Button();
    private ImportProgress progress;
    private Registration polling;

    ImportJob() {
        addClassName("lw-card");
        setId("import-progress");
        bar.setId("import-progress-bar");
        cancel.setId("import-cancel");
        cancel.addClickListener(e -> {
            if (progress != null) {
                progress.cancel();
                cancel.setEnabled(false);
            }
        });
        add(label, bar, cancel);
        setVisible(false);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        cancel.setText(getTranslation("import.cancel"));
        bar.getElement().setAttribute("aria-label", getTranslation("import.progress"));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        // leaving the page cancels the step; nothing of it is kept
        if (progress != null) {
            progress.cancel();
        }
        stopPolling(event.getUI());
    }

    boolean isRunning() {
        return progress != null;
    }

    /**
     * Starts the step in the background; {@code done} or {@code failed} then run with the session locked. A
     * cancelled step ends in {@code failed} with the service's message.
     */
    <T> void start(String text, Function<ImportProgress, T> step, Consumer<T> done, Consumer<RuntimeException> failed) {
        var ui = UI.getCurrent();
        var current = new ImportProgress();
        progress = current;
        label.setText(text);
        bar.setValue(0);
        cancel.setEnabled(true);
        setVisible(true);
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(e -> bar.setValue(current.done()));
        var work = new DelegatingSecurityContextRunnable(() -> {
            try {
                var result = step.apply(current);
                ui.access(() -> finish(ui, () -> done.accept(result)));
            } catch (RuntimeException e) {
                ui.access(() -> finish(ui, () -> failed.accept(e)));
            }
        }, SecurityContextHolder.getContext());
        Thread.ofVirtual().name("lenkwerk-import").start(work);
    }

    private void finish(UI ui, Runnable then) {
        progress = null;
        setVisible(false);
        stopPolling(ui);
        then.run();
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }
}
