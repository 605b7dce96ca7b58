package de.lenkwerk.paper.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import de.lenkwerk.base.UserFacingException;
import de.lenkwerk.base.ui.FormErrors;
import de.lenkwerk.paper.PaperContent;
import de.lenkwerk.paper.PaperItems.PaperDetail;
import de.lenkwerk.paper.PaperRole;
import de.lenkwerk.paper.PaperService;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The responsibility matrix of one section, edited with the keyboard alone: arrow keys move between cells, the
 * role letters (D, V, M, I) switch a role of the focused cell on or off, Delete clears it, Enter adds a row below
 * and puts the cursor into its task; in a task, Enter saves it and moves to the first cell. Header row and task
 * column stay in place while scrolling (CSS sticky). Focus moves in the browser; roles and rows go to the service,
 * which checks access and the paper's version on every key.
 */
class MatrixEditor extends Div {

    private final transient PaperService papers;
    private final boolean editable;
    private final String sectionKey;
    private final transient Consumer<PaperDetail> changed;
    private final transient RowActions rowActions;
    private final FormErrors errors = new FormErrors();
    private PaperDetail paper;
    private List<PaperContent.Row> rows;
    private final Div scroller = new Div();
    private final List<Element> rowElements = new java.util.ArrayList<>();

    /** Extra controls per row (turn a row into an action), supplied by the page. */
    interface RowActions {
        List<com.vaadin.flow.component.Component> create(PaperContent.Row row);
    }

    MatrixEditor(PaperService papers, PaperDetail paper, PaperContent.Section section, boolean editable,
                 Consumer<PaperDetail> changed, RowActions rowActions) {
        this.papers = papers;
        this.paper = paper;
        this.sectionKey = section.key();
        this.editable = editable;
        this.changed = changed;
        this.rowActions = rowActions;
        this.rows = section.rows();
        addClassName("lw-matrix-editor");
        scroller.addClassName("lw-matrix-scroll");
        add(errors, scroller);
        render();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        // arrow keys move focus in the browser; letters, Delete and Enter go to the server
        getElement().executeJs("""
                const host = this;
                if (host.__lwMatrix) return;
                host.__lwMatrix = true;
                const cell = (r, c) => host.querySelector('[data-r="' + r + '"][data-c="' + c + '"]');
                host.addEventListener('keydown', e => {
                  const t = e.target;
                  if (!t.dataset || t.dataset.r === undefined) return;
                  const r = +t.dataset.r, c = +t.dataset.c, input = t.tagName === 'TEXTAREA';
                  const move = {ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1]}[e.key];
                  if (move && !(input && (e.key === 'ArrowLeft' || (e.key === 'ArrowRight' && t.selectionStart < t.value.length)))) {
                    const next = cell(r + move[0], c + move[1]);
                    if (next) { e.preventDefault(); next.focus(); }
                    return;
                  }
                  if (input) {
                    if (e.key === 'Enter') { e.preventDefault(); host.$server.task(r, t.value, true); }
                    return;
                  }
                  if (e.key === 'Enter' || e.key === 'Delete' || e.key === 'Backspace'
                      || (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey)) {
                    e.preventDefault();
                    host.$server.key(r, c, e.key);
                  }
                });
                host.addEventListener('change', e => {
                  const t = e.target;
                  if (t.tagName === 'TEXTAREA' && t.dataset.r !== undefined) host.$server.task(+t.dataset.r, t.value, false);
                });
                """);
    }

    private void render() {
        scroller.removeAll();
        var table = new Element("table");
        table.getClassList().add("lw-matrix");
        table.setAttribute("aria-label", getTranslation("paper.matrix"));
        var head = new Element("tr");
        head.appendChild(th(getTranslation("paper.task")));
        for (var party : paper.parties()) {
            var th = th(party.shortLabel());
            th.setAttribute("title", party.label());
            head.appendChild(th);
        }
        head.appendChild(th(getTranslation("paper.rule")));
        if (rowActions != null) {
            var actions = th(getTranslation("paper.action"));
            actions.getClassList().add("lw-matrix-actions-head");
            head.appendChild(actions);
        }
        var thead = new Element("thead");
        thead.appendChild(head);
        table.appendChild(thead);
        var body = new Element("tbody");
        rowElements.clear();
        for (int r = 0; r < rows.size(); r++) {
            var tr = rowElement(r, rows.get(r));
            rowElements.add(tr);
            body.appendChild(tr);
        }
        table.appendChild(body);
        scroller.getElement().appendChild(table);
        if (rows.isEmpty() && editable) {
            var start = new com.vaadin.flow.component.button.Button(getTranslation("paper.row.first"),
                    e -> addRowAfter(-1));
            start.setId("paper-first-row-" + sectionKey.substring(0, 8));
            scroller.add(start);
        }
        var hint = new Div(getTranslation(editable ? "paper.matrix.keys" : "paper.matrix.read-only"));
        hint.addClassName("lw-muted");
        scroller.add(hint);
    }

    private Element rowElement(int r, PaperContent.Row row) {
        var tr = new Element("tr");
        tr.setAttribute("data-row-key", row.key());
        if (!row.breaks().isEmpty()) {
            tr.getClassList().add("lw-row-broken");
        }
        var taskCell = new Element("th");
        taskCell.setAttribute("scope", "row");
        if (editable) {
            // a textarea that grows with its text, so a long task wraps instead of being cut off; Enter still saves
            var input = new Element("textarea");
            input.setText(row.task());
            input.setAttribute("rows", "1");
            input.setAttribute("data-r", String.valueOf(r));
            input.setAttribute("data-c", "-1");
            input.setAttribute("aria-label", getTranslation("paper.task"));
            input.setAttribute("maxlength", "300");
            input.setAttribute("placeholder", getTranslation("paper.task.placeholder"));
            input.getClassList().add("lw-matrix-task");
            taskCell.appendChild(input);
        } else {
            taskCell.setText(row.task());
        }
        tr.appendChild(taskCell);
        for (int c = 0; c < paper.parties().size(); c++) {
            var party = paper.parties().get(c);
            var td = new Element("td");
            td.getClassList().add("lw-matrix-cell");
            td.setAttribute("data-r", String.valueOf(r));
            td.setAttribute("data-c", String.valueOf(c));
            if (editable) {
                td.setAttribute("tabindex", "0");
            }
            td.setAttribute("aria-label", row.task() + " – " + party.label() + ": "
                    + RoleLetters.text(this, row.roles(party.id())));
            RoleLetters.fill(this, td, row.roles(party.id()));
            tr.appendChild(td);
        }
        var reason = new Element("td");
        reason.getClassList().add("lw-matrix-reason");
        reason.setText(reasonText(row));
        tr.appendChild(reason);
        if (rowActions != null) {
            var actions = new Element("td");
            rowActions.create(row).forEach(component -> actions.appendChild(component.getElement()));
            tr.appendChild(actions);
        }
        return tr;
    }

    private String reasonText(PaperContent.Row row) {
        return row.breaks().isEmpty() ? "✓" : "⚠ " + RoleLetters.reasons(this, row.breaks());
    }

    /**
     * After a task was renamed or a role switched, the row is updated in place, not rebuilt: the browser may already
     * have moved the focus on (a rename also comes from leaving the field), or the user typed the next letter, and a
     * rebuilt row would take that focus away.
     */
    private void updateRow(int r) {
        var row = rows.get(r);
        var tr = rowElements.get(r);
        tr.getClassList().set("lw-row-broken", !row.breaks().isEmpty());
        for (int c = 0; c < paper.parties().size(); c++) {
            var party = paper.parties().get(c);
            var cell = tr.getChild(c + 1);
            cell.setAttribute("aria-label", row.task() + " – " + party.label() + ": "
                    + RoleLetters.text(this, row.roles(party.id())));
            RoleLetters.fill(this, cell, row.roles(party.id()));
        }
        tr.getChild(paper.parties().size() + 1).setText(reasonText(row));
    }

    private static Element th(String text) {
        var th = new Element("th");
        th.setAttribute("scope", "col");
        th.setText(text);
        return th;
    }

    @ClientCallable
    void key(int r, int c, String key) {
        if (!editable || r < 0 || r >= rows.size()) {
            return;
        }
        if (key.equals("Enter")) {
            addRowAfter(r);
            return;
        }
        if (c < 0 || c >= paper.parties().size()) {
            return;
        }
        var row = rows.get(r);
        var party = paper.parties().get(c);
        var roles = EnumSet.noneOf(PaperRole.class);
        roles.addAll(row.roles(party.id()));
        if (key.equals("Delete") || key.equals("Backspace")) {
            roles.clear();
        } else {
            var role = roleFor(key);
            if (role == null) {
                return;
            }
            if (!roles.remove(role)) {
                roles.add(role);
            }
        }
        if (attempt(() -> apply(papers.setRoles(paper.id(), paper.version(), row.key(), party.id(), roles)))) {
            // in place, so the focused cell stays the same element: the next letter typed right away lands in it
            updateRow(r);
        }
    }

    @ClientCallable
    void task(int r, String value, boolean moveOn) {
        if (!editable || r < 0 || r >= rows.size()) {
            return;
        }
        var row = rows.get(r);
        if (!value.strip().equals(row.task())) {
            if (!attempt(() -> apply(papers.renameRow(paper.id(), paper.version(), row.key(), value)))) {
                return;
            }
            updateRow(r);
        }
        // leaving the field (change event) keeps the focus where the user went; Enter moves to the first role cell
        if (moveOn && !paper.parties().isEmpty()) {
            focus(r, 0);
        }
    }

    private void addRowAfter(int r) {
        var after = r < 0 ? null : rows.get(r).key();
        attempt(() -> {
            var added = papers.addRow(paper.id(), paper.version(), sectionKey, after, "");
            apply(added.paper());
        });
        render();
        focus(r + 1, -1);
    }

    private PaperRole roleFor(String key) {
        for (var role : PaperRole.values()) {
            if (RoleLetters.letter(this, role).equalsIgnoreCase(key)) {
                return role;
            }
        }
        return null;
    }

    private void apply(PaperDetail updated) {
        paper = updated;
        rows = updated.content().sections().stream().filter(s -> s.key().equals(sectionKey)).findFirst()
                .map(PaperContent.Section::rows).orElse(List.of());
        changed.accept(updated);
    }

    private boolean attempt(Runnable work) {
        return errors.attempt(work);
    }

    private void focus(int r, int c) {
        getElement().executeJs("setTimeout(() => { const el = this.querySelector('[data-r=\"' + $0 + '\"][data-c=\"' + $1 + '\"]'); if (el) el.focus(); })", r, c);
    }

}
