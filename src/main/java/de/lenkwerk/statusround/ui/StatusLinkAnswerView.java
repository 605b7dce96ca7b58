package de.lenkwerk.statusround.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.lenkwerk.base.ConcurrentChangeException;
import de.lenkwerk.base.UserFacingException;
import de.lenkwerk.base.ui.Formats;
import de.lenkwerk.base.ui.Notifications;
import de.lenkwerk.statusround.LinkAnswer;
import de.lenkwerk.statusround.LinkPage;
import de.lenkwerk.statusround.StatusLinkEndedException;
import de.lenkwerk.statusround.StatusLinkService;

import java.util.ArrayList;
import java.util.List;

/**
 * The answer page of a personal link ({@code antwort/<token>}): no sign-in, no application frame and no way out to
 * other pages; in the person's language and narrow enough for a phone. A wrong, expired or revoked link all show
 * the same neutral page. Every save goes to {@link StatusLinkService#answer}, which checks the token and the scope
 * again: the page is never trusted.
 */
@Route(value = "antwort", autoLayout = false)
@AnonymousAllowed
@StyleSheet("context://styles/status-link.css")
public class StatusLinkAnswerView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final transient StatusLinkService links;
    private String token;
    private String clientAddress;
    private final List<LinkAnswerCard> cards = new ArrayList<>();
    private boolean ended;

    StatusLinkAnswerView(StatusLinkService links) {
        this.links = links;
        addClassName("lw-link-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        this.token = token;
        var request = VaadinRequest.getCurrent();
        this.clientAddress = request == null ? "" : request.getRemoteAddr();
        try {
            links.open(token, clientAddress).ifPresentOrElse(this::render, this::renderEnded);
        } catch (UserFacingException e) {
            renderMessage(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void render(LinkPage page) {
        removeAll();
        cards.clear();
        UI.getCurrent().setLocale(page.language());
        var locale = page.language();
        var intro = new Div(new Paragraph(getTranslation("statuslink.page.hello", page.personName())),
                new Paragraph(getTranslation("statuslink.page.intro", page.bodyName(),
                        Formats.date(page.endsOn(), locale))));
        if (page.message() != null) {
            var message = new Paragraph(page.message());
            message.addClassName("lw-link-message");
            intro.add(message);
        }
        intro.addClassName("lw-link-intro");
        add(new H1(getTranslation("statuslink.page.title")), intro);
        for (var item : page.actions()) {
            var card = new LinkAnswerCard(item, page.asks(), answer -> save(answer));
            cards.add(card);
            add(card);
        }
        var footer = new Paragraph(getTranslation("statuslink.page.footer"));
        footer.addClassName("lw-muted");
        add(footer);
    }

    /** Saves one card; on a change by someone else, shows the new state and keeps what was typed. */
    private LinkPage.Item save(LinkAnswer answer) {
        var card = cards.stream().filter(c -> c.actionId() == answer.actionId()).findFirst().orElseThrow();
        try {
            var page = links.answer(token, clientAddress, answer);
            card.errors.clear();
            Notifications.saved(getTranslation("statuslink.page.saved"));
            return find(page, answer.actionId());
        } catch (StatusLinkEndedException e) {
            renderEnded();
        } catch (ConcurrentChangeException e) {
            card.errors.show(getTranslation("statuslink.page.changed", e.arguments()));
            try {
                links.open(token, clientAddress).ifPresent(page -> card.refresh(find(page, answer.actionId())));
            } catch (UserFacingException again) {
                // the message above already says what to do; the rate limit will pass
            }
        } catch (UserFacingException e) {
            card.errors.show(getTranslation(e.messageKey(), e.arguments()));
        }
        return null;
    }

    private static LinkPage.Item find(LinkPage page, long actionId) {
        return page.actions().stream().filter(i -> i.actionId() == actionId).findFirst().orElseThrow();
    }

    private void renderEnded() {
        ended = true;
        renderMessage(getTranslation("statuslink.ended.text", links.contact()));
    }

    private void renderMessage(String text) {
        removeAll();
        cards.clear();
        var box = new Div(new H1(getTranslation("statuslink.ended.title")), new Paragraph(text));
        box.addClassNames("lw-card", "lw-link-ended");
        box.setId("statuslink-ended");
        add(box);
    }

    boolean isEnded() {
        return ended;
    }

    List<LinkAnswerCard> cards() {
        return cards;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("statuslink.page.title") + " · " + getTranslation("app.name");
    }
}
