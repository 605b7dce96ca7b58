package de.lenkwerk.paper.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import de.lenkwerk.base.ui.Formats;
import de.lenkwerk.base.ui.RecordPages;
import de.lenkwerk.paper.PaperItems.PaperDetail;
import de.lenkwerk.paper.PaperService;
import jakarta.annotation.security.PermitAll;

/** The paper as a clean document for the browser's print dialog: A4 landscape, matrices as tables with the legend. */
@Route(value = "papiere/druck", autoLayout = false)
@PermitAll
@StyleSheet("context://styles/paper.css")
public class PaperPrintView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient PaperService papers;
    private PaperDetail paper;

    PaperPrintView(PaperService papers) {
        this.papers = papers;
        addClassNames("lw-paper-print");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        var number = event.getLocation().getQueryParameters().getSingleParameter("fassung").map(v -> {
            try {
                return Integer.valueOf(v);
            } catch (NumberFormatException e) {
                return null;
            }
        }).orElse(null);
        if (!RecordPages.load(event, () -> papers.get(id, number), loaded -> paper = loaded)) {
            return;
        }
        render();
    }

    private void render() {
        var shown = paper.shown();
        var print = new com.vaadin.flow.component.button.Button(getTranslation("paper.print"),
                e -> getElement().executeJs("window.print()"));
        print.addClassName("lw-no-print");
        var back = new com.vaadin.flow.component.html.Anchor("papiere/" + paper.id() + "?fassung=" + shown.number(),
                getTranslation("paper.print.back"));
        back.addClassName("lw-no-print");
        add(new Div(back, print));
        add(new H1(paper.title()));
        add(new Paragraph(paper.bodyName() + " · " + (shown.adopted()
                ? getTranslation("paper.version.adopted", shown.number(), Formats.date(shown.adoptedOn(), getLocale()))
                + (shown.meetingTitle() == null ? "" : " · " + shown.meetingTitle())
                : getTranslation("paper.version.draft", shown.number()))));
        if (paper.purpose() != null) {
            add(new Paragraph(paper.purpose()));
        }
        add(RoleLetters.legend(this));
        for (var section : paper.content().sections()) {
            var block = new Div(section.level() == 1 ? new H2(section.heading()) : new H3(section.heading()));
            block.addClassName("lw-print-section");
            if (section.text() != null) {
                block.add(PaperMarkdown.component(section.text()));
            }
            if (section.matrix() && !section.rows().isEmpty()) {
                var table = new Element("table");
                table.getClassList().add("lw-matrix");
                var head = new Element("tr");
                head.appendChild(new Element("th").setText(getTranslation("paper.task")));
                paper.parties().forEach(p -> head.appendChild(new Element("th").setText(p.label())));
                table.appendChild(new Element("thead").appendChild(head));
                var body = new Element("tbody");
                for (var row : section.rows()) {
                    var tr = new Element("tr");
                    tr.appendChild(new Element("th").setText(row.task()));
                    for (var party : paper.parties()) {
                        var td = new Element("td");
                        RoleLetters.fill(this, td, row.roles(party.id()));
                        tr.appendChild(td);
                    }
                    body.appendChild(tr);
                }
                table.appendChild(body);
                var wrapper = new Div();
                wrapper.getElement().appendChild(table);
                block.add(wrapper);
            }
            add(block);
        }
    }

    @Override
    public String getPageTitle() {
        return (paper == null ? getTranslation("paper.papers") : paper.title()) + " · " + getTranslation("app.name");
    }
}
