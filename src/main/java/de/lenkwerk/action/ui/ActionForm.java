package de.lenkwerk.action.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import de.lenkwerk.action.ActionData;
import de.lenkwerk.action.ActionDetail;
import de.lenkwerk.action.ActionFilter;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.action.ActionStatus;
import de.lenkwerk.base.ui.DatePickers;
import de.lenkwerk.base.ui.EnumSelect;
import de.lenkwerk.meeting.AgendaEntry;
import de.lenkwerk.meeting.MeetingItem;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.organisation.OrganisationItem;
import de.lenkwerk.organisation.OrganisationService;
import de.lenkwerk.organisation.PersonItem;
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.organisation.ui.OrganisationPicker;
import de.lenkwerk.organisation.ui.PersonPicker;

import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What was agreed: title, owner, deadline, status, progress and where it came from. */
class ActionForm extends Composite<FormLayout> {

    /** A parent action in the picker. */
    record ActionRef(Long id, String label) {
    }

    private final Binder<ActionData> binder = new Binder<>(ActionData.class);
    final TextField title = new TextField(getTranslation("action.title"));
    final TextArea description = new TextArea(getTranslation("action.description"));
    final PersonPicker owner;
    final OrganisationPicker ownerOrganisation;
    final PersonPicker deputy;
    final MultiSelectComboBox<OrganisationItem> contributors = new MultiSelectComboBox<>(getTranslation("action.contributors"));
    final DatePicker start;
    final DatePicker deadline;
    final EnumSelect<ActionStatus> status = new EnumSelect<>(getTranslation("action.status"), ActionStatus.class, false);
    final IntegerField progress = new IntegerField(getTranslation("action.progress"));
    final ComboBox<MeetingItem> sourceMeeting = new ComboBox<>(getTranslation("action.source-meeting"));
    final ComboBox<AgendaEntry> sourceAgendaItem = new ComboBox<>(getTranslation("action.source-agenda-item"));
    final TextField sourceReference = new TextField(getTranslation("action.source-reference"));
    final ComboBox<ActionRef> parent = new ComboBox<>(getTranslation("action.parent"));
    /** Read-only stand-ins for meeting and parent, which the viewer may not be allowed to open (see show). */
    final TextField sourceText = new TextField(getTranslation("action.source-meeting"));
    final TextField parentText = new TextField(getTranslation("action.parent"));

    private final transient PersonService people;
    private final transient OrganisationService organisations;
    private final transient MeetingService meetings;
    private final transient ActionService actions;

    ActionForm(long bodyId, ActionService actions, MeetingService meetings, PersonService people,
               OrganisationService organisations, Clock clock) {
        this.people = people;
        start = DatePickers.create(getTranslation("action.start"), clock);
        deadline = DatePickers.create(getTranslation("action.deadline"), clock);
        this.organisations = organisations;
        this.meetings = meetings;
        this.actions = actions;
        owner = new PersonPicker(getTranslation("action.owner"), people);
        ownerOrganisation = new OrganisationPicker(getTranslation("action.owner-organisation"), organisations);
        deputy = new PersonPicker(getTranslation("action.deputy"), people);
        title.setId("action-title");
        owner.setId("action-owner");
        deadline.setId("action-deadline");
        title.setMaxLength(ActionData.TITLE_MAX);
        description.setMaxLength(ActionData.DESCRIPTION_MAX);
        sourceReference.setMaxLength(ActionData.SOURCE_MAX);
        progress.setMin(0);
        progress.setMax(100);
        progress.setStepButtonsVisible(true);
        contributors.setItemsPageable((p, filter) -> organisations.search(filter, p), (p, filter) -> organisations.count(filter));
        contributors.setItemLabelGenerator(OrganisationItem::shortName);
        sourceMeeting.setItemsPageable((p, filter) -> meetings.forBody(bodyId, p), (p, filter) -> meetings.countForBody(bodyId));
        sourceMeeting.setItemLabelGenerator(MeetingItem::title);
        sourceMeeting.setClearButtonVisible(true);
        sourceAgendaItem.setItemLabelGenerator(e -> getTranslation("agenda.item.label", e.number(), e.title()));
        sourceAgendaItem.setClearButtonVisible(true);
        sourceMeeting.addValueChangeListener(e -> {
            sourceAgendaItem.setItems(e.getValue() == null ? java.util.List.of() : meetings.agenda(e.getValue().id()));
            if (e.isFromClient()) {
                sourceAgendaItem.clear();
            }
        });
        parent.setItemsPageable((p, filter) -> actions.list(new ActionFilter(bodyId, null, null, null, null, null, null,
                        filter, false, null), p).stream().map(a -> new ActionRef(a.id(), a.number() + " " + a.title())).toList(),
                (p, filter) -> actions.count(new ActionFilter(bodyId, null, null, null, null, null, null, filter, false, null)));
        parent.setItemLabelGenerator(ActionRef::label);
        parent.setClearButtonVisible(true);
        owner.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && e.getValue().organisationId() != null) {
                ownerOrganisation.selectById(e.getValue().organisationId(), organisations);
            }
        });

        bind();
        var layout = getContent();
        layout.add(title, 2);
        layout.add(owner, ownerOrganisation, deputy, contributors, start, deadline, status, progress);
        layout.add(description, 2);
        layout.add(sourceMeeting, sourceAgendaItem);
        layout.add(sourceText, 2);
        layout.add(sourceReference, parent, parentText);
        sourceText.setVisible(false);
        parentText.setVisible(false);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
    }

    private void bind() {
        var required = getTranslation("validation.required");
        binder.forField(title).asRequired(required)
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length", ActionData.TITLE_MAX), 0,
                        ActionData.TITLE_MAX))
                .bind("title");
        binder.forField(description).bind("description");
        binder.forField(owner).asRequired(required).withConverter(p -> p == null ? null : p.id(), this::person)
                .bind("ownerPersonId");
        binder.forField(ownerOrganisation).withConverter(o -> o == null ? null : o.id(), this::organisation)
                .bind("ownerOrganisationId");
        binder.forField(deputy).withConverter(p -> p == null ? null : p.id(), this::person)
                .withValidator(id -> id == null || owner.getValue() == null || !id.equals(owner.getValue().id()),
                        getTranslation("action.error.deputy-is-owner"))
                .bind("deputyPersonId");
        binder.forField(contributors)
                .withConverter(set -> set.stream().map(OrganisationItem::id).collect(Collectors.toSet()), this::organisations)
                .bind("contributorIds");
        binder.forField(start).bind("startDate");
        binder.forField(deadline).asRequired(required)
                .withValidator(d -> d == null || start.getValue() == null || !d.isBefore(start.getValue()),
                        getTranslation("action.error.deadline-before-start"))
                .bind("deadline");
        start.addValueChangeListener(e -> binder.validate());
        binder.forField(status).asRequired(required).bind("status");
        binder.forField(progress).asRequired(required)
                .withValidator(new IntegerRangeValidator(getTranslation("validation.range", 0, 100), 0, 100))
                .bind("progress");
        binder.forField(sourceMeeting).withConverter(m -> m == null ? null : m.id(), this::meeting).bind("sourceMeetingId");
        binder.forField(sourceAgendaItem).withConverter(a -> a == null ? null : a.id(), this::agendaItem)
                .bind("sourceAgendaItemId");
        binder.forField(sourceReference).bind("sourceReference");
        binder.forField(parent).withConverter(p -> p == null ? null : p.id(), this::parentRef).bind("parentId");
    }

    private PersonItem person(Long id) {
        return id == null ? null : people.get(id).orElse(null);
    }

    private OrganisationItem organisation(Long id) {
        return id == null ? null : organisations.get(id).orElse(null);
    }

    private Set<OrganisationItem> organisations(Set<Long> ids) {
        var result = new HashSet<OrganisationItem>();
        ids.forEach(id -> organisations.get(id).ifPresent(result::add));
        return result;
    }

    private MeetingItem meeting(Long id) {
        return id == null ? null : meetings.get(id);
    }

    private AgendaEntry agendaItem(Long id) {
        if (id == null || sourceMeeting.getValue() == null) {
            return null;
        }
        return meetings.agenda(sourceMeeting.getValue().id()).stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }

    private ActionRef parentRef(Long id) {
        if (id == null) {
            return null;
        }
        var detail = actions.get(id);
        return new ActionRef(id, detail.number() + " " + detail.title());
    }

    void read(ActionData data) {
        binder.readRecord(data);
    }

    Optional<ActionData> write() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    /**
     * Shows the action read-only to someone who may not edit it. An owner may see an action agreed in a meeting of a
     * body they do not belong to: they may not open that meeting or the parent action, so both appear by the labels
     * the action carries, as text, and the form never loads them.
     */
    void show(ActionDetail action) {
        var data = action.toData();
        binder.readRecord(new ActionData(data.title(), data.description(), data.ownerPersonId(), data.ownerOrganisationId(),
                data.deputyPersonId(), data.contributorIds(), data.startDate(), data.deadline(), data.status(),
                data.progress(), null, null, data.sourceReference(), null));
        binder.setReadOnly(true);
        sourceMeeting.setVisible(false);
        sourceAgendaItem.setVisible(false);
        parent.setVisible(false);
        sourceText.setValue(action.sourceLabel() == null ? "" : action.sourceLabel());
        sourceText.setReadOnly(true);
        sourceText.setVisible(true);
        sourceText.setId("action-source-text");
        parentText.setValue(action.parentLabel() == null ? "" : action.parentLabel());
        parentText.setReadOnly(true);
        parentText.setVisible(true);
    }

    void lockProgress(String reason) {
        progress.setReadOnly(true);
        progress.setHelperText(reason);
    }

    void focus() {
        title.focus();
    }
}
