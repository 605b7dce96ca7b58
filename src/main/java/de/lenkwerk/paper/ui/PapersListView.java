package de.lenkwerk.paper.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.lenkwerk.base.ui.Formats;
import de.lenkwerk.base.ui.ViewHeader;
import de.lenkwerk.paper.PaperItems.PaperItem;
import de.lenkwerk.paper.PaperService;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/** Every interface paper the user may see, and the way into the view across papers. */
@Route("schnittstellenpapiere")
@PermitAll
@Menu(order = 25, title = "paper.papers", icon = "vaadin:file-text-o")
public class PapersListView extends Main implements HasDynamicTitle {

    PapersListView(PaperService papers) {
        addClassName("lw-page");
        var across = new Anchor("papiere/partei", getTranslation("paper.duties.title"));
        across.addClassName("lw-link-button");
        across.setId("papers-duties");
        add(new ViewHeader(getTranslation("paper.papers"), getTranslation("paper.papers.description"), across));
        add(list(this, papers.visible(), true));
    }

    static Div list(Component translator, List<PaperItem> items, boolean withBody) {
        var list = new Div();
        list.addClassName("lw-paper-list");
        if (items.isEmpty()) {
            list.add(PaperView.muted(translator.getTranslation("paper.none")));
        }
        for (var item : items) {
            var link = new Anchor("papiere/" + item.id(), item.title());
            var state = new Span(item.adoptedNumber() == null
                    ? translator.getTranslation("paper.version.short-draft", item.latestNumber())
                    : translator.getTranslation("paper.list.adopted", item.adoptedNumber(),
                    Formats.date(item.adoptedOn(), com.vaadin.flow.component.UI.getCurrent().getLocale()))
                    + (item.latestAdopted() ? "" : " · " + translator.getTranslation("paper.version.short-draft",
                    item.latestNumber())));
            state.addClassName("lw-muted");
            var line = new Div(link, state);
            if (withBody) {
                var body = new Span(item.bodyName());
                body.addClassName("lw-muted");
                line.add(body);
            }
            line.addClassName("lw-paper-list-item");
            list.add(line);
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("paper.papers") + " · " + getTranslation("app.name");
    }
}
