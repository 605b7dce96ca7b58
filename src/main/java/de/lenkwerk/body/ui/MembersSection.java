package de.lenkwerk.body.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import de.lenkwerk.base.ui.GridRows;
import de.lenkwerk.base.EnumLabels;
import de.lenkwerk.base.ui.Formats;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.body.MembershipItem;
import de.lenkwerk.organisation.OrganisationService;
import de.lenkwerk.organisation.PersonService;

import java.time.Clock;

/** The members of a body: who sits there for which organisation, in which role, since when. */
class MembersSection extends Div {

    final Grid<MembershipItem> grid = new Grid<>();
    final Button add;

    MembersSection(BodyService bodies, PersonService people, OrganisationService organisations, long bodyId,
                   boolean canManage, Clock clock) {
        addClassName("lw-section");
        add = new Button(getTranslation("membership.add"), VaadinIcon.PLUS.create(),
                e -> new MembershipDialog(bodies, people, organisations, bodyId, null, () -> refresh(bodies, bodyId), clock).open());
        add.setVisible(canManage);
        grid.addColumn(MembershipItem::personName).setHeader(getTranslation("membership.person")).setFlexGrow(2);
        grid.addColumn(m -> m.organisationName() == null ? "" : m.organisationName())
                .setHeader(getTranslation("membership.organisation")).setFlexGrow(2);
        grid.addColumn(m -> getTranslation(EnumLabels.key(m.role()))).setHeader(getTranslation("membership.role"));
        grid.addColumn(m -> Formats.date(m.validFrom(), getLocale())).setHeader(getTranslation("membership.valid-from"));
        grid.addColumn(m -> Formats.date(m.validTo(), getLocale())).setHeader(getTranslation("membership.valid-to"));
        grid.setEmptyStateText(getTranslation("list.empty"));
        grid.setAllRowsVisible(true);
        if (canManage) {
            GridRows.openWith(grid, item -> new MembershipDialog(bodies, people, organisations, bodyId, item,
                    () -> refresh(bodies, bodyId), clock).open());
        }
        refresh(bodies, bodyId);
        var bar = new Div(add);
        bar.addClassName("lw-toolbar");
        add(bar, grid);
    }

    private void refresh(BodyService bodies, long bodyId) {
        grid.setItemsPageable(p -> bodies.members(bodyId, p), p -> bodies.countMembers(bodyId));
    }
}
