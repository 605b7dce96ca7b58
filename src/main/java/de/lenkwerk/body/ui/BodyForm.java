package de.lenkwerk.body.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import de.lenkwerk.base.ui.EnumSelect;
import de.lenkwerk.body.BodyData;
import de.lenkwerk.body.BodyItem;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.body.BodyType;

import java.util.Optional;

/** Name, short name, type, parent, number prefix and description of a body. */
class BodyForm extends Composite<FormLayout> {

    private final Binder<BodyData> binder = new Binder<>(BodyData.class);
    final TextField name = new TextField(getTranslation("body.name"));
    final TextField shortName = new TextField(getTranslation("body.short-name"));
    final EnumSelect<BodyType> type = new EnumSelect<>(getTranslation("body.type"), BodyType.class, false);
    final ComboBox<BodyItem> parent = new ComboBox<>(getTranslation("body.parent"));
    final TextField actionPrefix = new TextField(getTranslation("body.action-prefix"));
    final TextArea description = new TextArea(getTranslation("body.description"));
    final Checkbox archived = new Checkbox(getTranslation("body.archived"));
    /** Outside the binder: publishing is not part of {@link BodyData}, so other callers cannot reset it by accident. */
    final Checkbox oparlPublic = new Checkbox(getTranslation("body.oparl-public"));
    private final transient BodyService bodies;

    BodyForm(BodyService bodies) {
        this.bodies = bodies;
        name.setId("body-name");
        shortName.setId("body-short-name");
        actionPrefix.setId("body-action-prefix");
        name.setMaxLength(BodyData.NAME_MAX);
        shortName.setMaxLength(BodyData.SHORT_NAME_MAX);
        actionPrefix.setMaxLength(BodyData.PREFIX_MAX);
        actionPrefix.setHelperText(getTranslation("body.action-prefix.help"));
        description.setMaxLength(BodyData.DESCRIPTION_MAX);
        parent.setItemsPageable((pageable, filter) -> bodies.search(filter, false, pageable),
                (pageable, filter) -> bodies.count(filter, false));
        parent.setItemLabelGenerator(BodyItem::name);
        parent.setClearButtonVisible(true);

        var required = getTranslation("validation.required");
        binder.forField(name).asRequired(required)
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length", BodyData.NAME_MAX), 0,
                        BodyData.NAME_MAX))
                .bind("name");
        binder.forField(shortName).asRequired(required).bind("shortName");
        binder.forField(type).asRequired(required).bind("type");
        binder.forField(parent).withConverter(p -> p == null ? null : p.id(), this::bodyById).bind("parentId");
        binder.forField(description).bind("description");
        binder.forField(archived).bind("archived");
        binder.forField(actionPrefix).asRequired(required)
                .withValidator(new RegexpValidator(getTranslation("validation.required"), BodyData.PREFIX_PATTERN))
                .bind("actionPrefix");

        oparlPublic.setId("body-oparl-public");
        oparlPublic.setHelperText(getTranslation("body.oparl-public.help"));

        var layout = getContent();
        layout.add(name, shortName, type, parent, actionPrefix, archived, oparlPublic, description);
        layout.setColspan(oparlPublic, 2);
        layout.setColspan(name, 2);
        layout.setColspan(description, 2);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
    }

    private BodyItem bodyById(Long id) {
        if (id == null) {
            return null;
        }
        try {
            return bodies.get(id);
        } catch (RuntimeException notVisible) {
            return null;
        }
    }

    void read(BodyData data) {
        binder.readRecord(data);
    }

    Optional<BodyData> write() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    void focus() {
        name.focus();
    }
}
