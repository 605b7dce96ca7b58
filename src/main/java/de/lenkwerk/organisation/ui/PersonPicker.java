package de.lenkwerk.organisation.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import de.lenkwerk.organisation.PersonItem;
import de.lenkwerk.organisation.PersonService;

/** Finds a person by typing part of their name or organisation; shows "Name (Organisation)". */
public class PersonPicker extends ComboBox<PersonItem> {

    public PersonPicker(String label, PersonService people) {
        super(label);
        setItemsPageable((pageable, filter) -> people.search(filter, pageable),
                (pageable, filter) -> people.count(filter));
        setItemLabelGenerator(PersonPicker::label);
        setClearButtonVisible(true);
    }

    public static String label(PersonItem person) {
        return person.organisationName() == null ? person.fullName()
                : person.fullName() + " (" + person.organisationName() + ")";
    }
}
