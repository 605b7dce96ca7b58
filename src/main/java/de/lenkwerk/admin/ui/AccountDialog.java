package de.lenkwerk.admin.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import de.lenkwerk.base.ui.FormErrors;
import de.lenkwerk.organisation.OrganisationService;
import de.lenkwerk.security.AccountData;
import de.lenkwerk.security.AccountItem;
import de.lenkwerk.security.AccountService;

/** Creates or edits a user account; editing also offers a password reset. */
class AccountDialog extends Dialog {

    final AccountForm form;
    final FormErrors errors = new FormErrors();
    final Button save;

    AccountDialog(AccountService accounts, OrganisationService organisations, AccountItem existing, Runnable onSaved) {
        var isNew = existing == null;
        form = new AccountForm(organisations, isNew);
        setHeaderTitle(getTranslation(isNew ? "account.new" : "account.edit"));
        setWidth("40em");
        form.read(isNew ? AccountData.empty() : existing.toData());
        add(errors, form);

        save = new Button(getTranslation("action.save"), e -> form.write().ifPresent(data -> errors.attempt(() -> {
            if (isNew) {
                accounts.create(data, form.initialPassword());
            } else {
                accounts.update(existing.id(), existing.version(), data);
            }
            close();
            onSaved.run();
        })));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        if (!isNew) {
            var reset = new Button(getTranslation("account.reset-password"), e -> confirmReset(accounts, existing));
            reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            getFooter().add(reset);
            // some address is locked out of this account: a notice above the form says until when, and the
            // administrator lifts every lock at once (in the footer it would crowd the buttons into two lines)
            accounts.lockedUntil(existing.id()).ifPresent(until -> {
                var unlock = new Button(getTranslation("signin.unlock"), e -> errors.attempt(() -> {
                    accounts.unlock(existing.id());
                    close();
                    onSaved.run();
                }));
                unlock.setId("account-unlock");
                unlock.addThemeVariants(ButtonVariant.LUMO_SMALL);
                var notice = new Div(new Span(getTranslation("account.locked-until",
                        de.lenkwerk.base.ui.Formats.dateTime(until, getLocale()))), unlock);
                notice.setId("account-lock");
                notice.addClassName("lw-account-lock");
                addComponentAsFirst(notice);
            });
            var spacer = new Div();
            spacer.addClassName("lw-spacer");
            getFooter().add(spacer);
        }
        getFooter().add(cancel, save);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                form.focus();
            }
        });
    }

    private void confirmReset(AccountService accounts, AccountItem account) {
        var confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("account.reset-password"));
        confirm.setText(getTranslation("account.reset-password.confirm", account.username()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("account.reset-password"));
        confirm.addConfirmListener(e -> errors.attempt(() -> showNewPassword(account, accounts.resetPassword(account.id()))));
        confirm.open();
    }

    private void showNewPassword(AccountItem account, String password) {
        var shown = new ConfirmDialog();
        shown.setHeader(getTranslation("account.reset-password.done"));
        var value = new Span(password);
        value.addClassName("lw-secret");
        value.setId("new-password");
        shown.setText(new Div(new Paragraph(getTranslation("account.reset-password.pass-on", account.username())), value));
        shown.setConfirmText(getTranslation("action.close"));
        shown.open();
    }
}
