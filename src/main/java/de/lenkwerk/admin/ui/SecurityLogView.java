package de.lenkwerk.admin.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import de.lenkwerk.base.ui.DatePickers;
import de.lenkwerk.base.ui.Formats;
import de.lenkwerk.base.ui.ViewHeader;
import de.lenkwerk.history.SecurityLogEntry;
import de.lenkwerk.history.SecurityLogFilter;
import de.lenkwerk.history.SecurityLogService;
import de.lenkwerk.security.Roles;
import de.lenkwerk.security.SecurityEvent;
import jakarta.annotation.security.RolesAllowed;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The security log: sign-ins, failed ones, locks, account changes and token use, newest first, filtered by type,
 * account and days, and exported as CSV with what the filter shows.
 */
@Route("admin/sicherheitsprotokoll")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 94, title = "nav.admin.security-log", icon = "vaadin:shield")
public class SecurityLogView extends Main implements HasDynamicTitle {

    final Grid<SecurityLogEntry> grid = new Grid<>();
    final MultiSelectComboBox<SecurityEvent.Type> types = new MultiSelectComboBox<>();
    final TextField account = new TextField();
    final DatePicker from;
    final DatePicker to;
    final Anchor export;
    private final transient SecurityLogService log;
    private volatile SecurityLogFilter filter = SecurityLogFilter.all();

    SecurityLogView(SecurityLogService log, Clock clock) {
        this.log = log;
        addClassName("lw-page");
        types.setLabel(getTranslation("securitylog.type"));
        types.setItems(SecurityEvent.Type.values());
        types.setItemLabelGenerator(t -> getTranslation("enum.SecurityEvent.Type." + t.name()));
        types.setId("securitylog-types");
        types.setWidth("20em");
        account.setLabel(getTranslation("securitylog.account"));
        account.setId("securitylog-account");
        account.setValueChangeMode(ValueChangeMode.LAZY);
        account.setClearButtonVisible(true);
        from = DatePickers.compact(getTranslation("securitylog.from"), clock);
        from.setId("securitylog-from");
        to = DatePickers.compact(getTranslation("securitylog.to"), clock);
        to.setId("securitylog-to");
        types.addValueChangeListener(e -> refresh());
        account.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        grid.addColumn(e -> Formats.dateTime(e.occurredAt(), getLocale())).setHeader(getTranslation("securitylog.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> getTranslation("enum.SecurityEvent.Type." + e.type().name()))
                .setHeader(getTranslation("securitylog.type")).setAutoWidth(true);
        grid.addColumn(e -> e.username() == null ? "" : e.username()).setHeader(getTranslation("securitylog.account"))
                .setAutoWidth(true).setTooltipGenerator(e -> e.username() == null ? "" : e.username());
        grid.addColumn(SecurityLogEntry::actorName).setHeader(getTranslation("securitylog.actor")).setAutoWidth(true);
        grid.addColumn(e -> change(e)).setHeader(getTranslation("securitylog.change")).setFlexGrow(1)
                .setTooltipGenerator(this::change);
        grid.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader(getTranslation("securitylog.detail"))
                .setFlexGrow(1).setTooltipGenerator(e -> e.detail() == null ? "" : e.detail());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("list.empty"));
        grid.setAriaLabel(getTranslation("nav.admin.security-log"));
        grid.setSizeFull();
        grid.setItemsPageable(p -> log.search(filter, p), p -> log.count(filter));

        export = new Anchor(DownloadHandler.fromInputStream(event -> {
            var bytes = log.exportCsv(filter, Locale.GERMAN);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "sicherheitsprotokoll.csv",
                    "text/csv;charset=utf-8", bytes.length);
        }), getTranslation("securitylog.export"));
        export.getElement().setAttribute("download", true);
        export.addClassName("lw-link-button");
        export.setId("securitylog-export");
        export.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());

        var filters = new Div(types, account, from, to, export);
        filters.addClassName("lw-toolbar");
        add(new ViewHeader(getTranslation("nav.admin.security-log"), getTranslation("securitylog.description")),
                filters, grid);
    }

    private String change(SecurityLogEntry e) {
        if (e.oldValue() == null && e.newValue() == null) {
            return "";
        }
        return (e.oldValue() == null ? "–" : e.oldValue()) + " → " + (e.newValue() == null ? "–" : e.newValue());
    }

    private void refresh() {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        filter = new SecurityLogFilter(types.getValue(), account.getValue(),
                start == null ? null : start.atStartOfDay(), end == null ? null : end.plusDays(1).atStartOfDay());
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.security-log") + " · " + getTranslation("app.name");
    }
}
