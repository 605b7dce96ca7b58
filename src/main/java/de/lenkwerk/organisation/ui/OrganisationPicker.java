package de.lenkwerk.organisation.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import de.lenkwerk.organisation.OrganisationItem;
import de.lenkwerk.organisation.OrganisationService;

/** Finds an organisation by typing part of its name or short name; loads lazily, page by page. */
public class OrganisationPicker extends ComboBox<OrganisationItem> {

    public OrganisationPicker(String label, OrganisationService organisations) {
        super(label);
        setItemsPageable((pageable, filter) -> organisations.search(filter, pageable),
                (pageable, filter) -> organisations.count(filter));
        setItemLabelGenerator(o -> o.name() + " (" + o.shortName() + ")");
        setClearButtonVisible(true);
    }

    /** Selects the organisation with this id, or clears the field. */
    public void selectById(Long id, OrganisationService organisations) {
        setValue(id == null ? null : organisations.get(id).orElse(null));
    }
}
