package de.lenkwerk.paper.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import de.lenkwerk.body.ui.BodyPageSection;
import de.lenkwerk.paper.PaperService;

/** The "Schnittstellenpapiere" tab on a body's page: its papers, a new one, or one copied from another body. */
@org.springframework.stereotype.Component
class PapersSection implements BodyPageSection {

    private final PaperService papers;

    PapersSection(PaperService papers) {
        this.papers = papers;
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public String titleKey() {
        return "paper.papers";
    }

    @Override
    public Component create(long bodyId, boolean canManage) {
        var section = new Div();
        section.addClassName("lw-section");
        section.add(PapersListView.list(section, papers.forBody(bodyId), false));
        if (canManage) {
            var create = new Button(section.getTranslation("paper.new"), VaadinIcon.PLUS.create(),
                    e -> new NewPaperDialog(papers, bodyId).open());
            create.setId("paper-new");
            section.add(new Div(create));
        }
        return section;
    }
}
