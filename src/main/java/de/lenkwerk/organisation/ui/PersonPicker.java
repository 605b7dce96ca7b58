package de.lenkwerk.organisation.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import de.lenkwerk.organisation.PersonItem;
import de.lenkwerk.organisation.PersonNames;
import de.lenkwerk.organisation.PersonService;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a person by typing part of their name or organisation; shows "Name (Organisation)", marked "ohne Zugang" for
 * people who cannot sign in (they answer status requests through a personal link), the same way as everywhere
 * ({@link PersonNames}).
 */
public class PersonPicker extends ComboBox<PersonItem> {

    private final transient PersonService people;
    /** Per person shown: whether they are without access; filled one page at a time. */
    private final Map<Long, Boolean> withoutAccess = new HashMap<>();

    public PersonPicker(String label, PersonService people) {
        super(label);
        this.people = people;
        setItemsPageable((pageable, filter) -> remember(people.search(filter, pageable)),
                (pageable, filter) -> people.count(filter));
        setItemLabelGenerator(this::labelWithAccess);
        setClearButtonVisible(true);
    }

    private List<PersonItem> remember(List<PersonItem> page) {
        var ids = page.stream().map(PersonItem::id).toList();
        var without = people.withoutAccess(ids);
        ids.forEach(id -> withoutAccess.put(id, without.contains(id)));
        return page;
    }

    private String labelWithAccess(PersonItem person) {
        var without = withoutAccess.computeIfAbsent(person.id(),
                id -> people.withoutAccess(List.of(id)).contains(id));
        return PersonNames.of(person.fullName(), person.organisationName(), without, this::getTranslation);
    }
}
