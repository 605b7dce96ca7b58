package de.lenkwerk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * The texts that Vaadin components carry themselves, mostly for screen readers ("More options", "Show password",
 * "Remove"), in the user's language through the components' i18n APIs. The English defaults would otherwise be read
 * out in the German interface.
 */
public final class ComponentTexts {

    private ComponentTexts() {
    }

    public static MenuBar german(MenuBar menu) {
        menu.setI18n(new MenuBar.MenuBarI18n().setMoreOptions(menu.getTranslation("a11y.menubar.more-options")));
        return menu;
    }

    /** The reveal button's name; the Flow API has no setter for it, the web component's i18n property does. */
    public static PasswordField german(PasswordField field) {
        field.getElement().executeJs("this.i18n = Object.assign({}, this.i18n, { reveal: $0 });",
                field.getTranslation("a11y.password.reveal"));
        return field;
    }

    /**
     * The login form creates its password field itself, after it is attached; the reveal button's name is set as soon
     * as the field is there.
     */
    public static void revealTextOfLoginForm(Component login) {
        login.getElement().executeJs("""
                const text = $0;
                const apply = (tries) => {
                  const field = this.querySelector('vaadin-password-field');
                  if (field) {
                    field.i18n = Object.assign({}, field.i18n, { reveal: text });
                  } else if (tries > 0) {
                    requestAnimationFrame(() => apply(tries - 1));
                  }
                };
                apply(120);""", login.getTranslation("a11y.password.reveal"));
    }

    /** The upload's file list buttons and progress texts, which the app's own texts do not cover. */
    public static UploadI18N uploadTexts(Component translator, UploadI18N i18n) {
        return i18n
                .setFile(new UploadI18N.File().setRemove(translator.getTranslation("a11y.upload.remove"))
                        .setRetry(translator.getTranslation("a11y.upload.retry"))
                        .setStart(translator.getTranslation("a11y.upload.start")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(translator.getTranslation("a11y.upload.connecting"))
                                .setStalled(translator.getTranslation("a11y.upload.stalled"))
                                .setProcessing(translator.getTranslation("a11y.upload.processing"))
                                .setHeld(translator.getTranslation("a11y.upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(translator.getTranslation("a11y.upload.remaining"))
                                .setUnknown(translator.getTranslation("a11y.upload.remaining-unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(translator.getTranslation("a11y.upload.server-unavailable"))
                                .setUnexpectedServerError(translator.getTranslation("a11y.upload.server-error"))
                                .setForbidden(translator.getTranslation("a11y.upload.forbidden"))
                                .setFileTooLarge(translator.getTranslation("a11y.upload.too-large"))));
    }
}
