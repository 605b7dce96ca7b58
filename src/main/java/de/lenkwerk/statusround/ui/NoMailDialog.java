package de.lenkwerk.statusround.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import de.lenkwerk.statusround.IssuedLink;

import java.util.List;

/** Without a mail server no link goes out: the addresses are shown once, for the secretariat to pass on itself. */
final class NoMailDialog {

    private NoMailDialog() {
    }

    static void show(IssuedLink issued) {
        var dialog = new Dialog();
        show(dialog, dialog.getTranslation("statuslink.no-mail.text", issued.link().personName()), List.of(issued));
    }

    static void show(String text, List<IssuedLink> issued) {
        show(new Dialog(), text, issued);
    }

    private static void show(Dialog dialog, String text, List<IssuedLink> issued) {
        dialog.setHeaderTitle(dialog.getTranslation("statuslink.no-mail.title"));
        dialog.add(new Paragraph(text));
        for (var one : issued) {
            var address = new TextField(issued.size() == 1 ? dialog.getTranslation("statuslink.no-mail.address")
                    : one.link().personName());
            address.setValue(one.address());
            address.setReadOnly(true);
            address.setWidthFull();
            address.addClassName("lw-link-address");
            if (issued.size() == 1) {
                address.setId("statuslink-address");
            }
            dialog.add(address);
        }
        dialog.setWidth("34em");
        dialog.getFooter().add(new Button(dialog.getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }
}
