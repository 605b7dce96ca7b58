package de.lenkwerk.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import de.lenkwerk.base.EnumLabels;
import de.lenkwerk.base.RecordNotFoundException;
import de.lenkwerk.base.ui.ComponentTexts;
import de.lenkwerk.base.ui.FormErrors;
import de.lenkwerk.base.ui.Notifications;
import de.lenkwerk.base.ui.ViewHeader;
import de.lenkwerk.body.BodyItem;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.history.HistoryValues;
import de.lenkwerk.report.ActionImportService;
import de.lenkwerk.report.ImportField;
import de.lenkwerk.report.ImportPreview;
import de.lenkwerk.report.PaperImportService;
import de.lenkwerk.report.ValueImportService;
import de.lenkwerk.paper.PaperItems.PaperDetail;
import jakarta.annotation.security.PermitAll;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Upload an Excel list into a body ({@code /import?gremium=3}): map the columns, look at the preview (new,
 * changed with old and new values, unchanged, errors with reasons), then apply all at once. With
 * {@code &art=messwerte} the same preview imports indicator values (the report's sheet "Messwerte"). With
 * {@code /import?papier=7} it imports the matrices of an interface paper in the shape of its export.
 */
@Route("import")
@PermitAll
public class ImportView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ActionImportService imports;
    private final transient ValueImportService values;
    private final transient BodyService bodies;
    private final transient PaperImportService paperImports;
    /** Importing the matrices of a paper instead of actions. */
    private PaperDetail paper;
    private PaperImportService.MatrixPreview matrixPreview;
    /** Importing indicator values instead of actions. */
    private boolean valueMode;
    private ValueImportService.ValuePreview valuePreview;
    private BodyItem body;
    private byte[] bytes;
    private String fileName;
    private ImportPreview preview;

    final Upload upload = new Upload();
    final FormErrors errors = new FormErrors();
    final Div mappingCard = new Div();
    final Div previewCard = new Div();
    final Map<ImportField, Select<Integer>> mapping = new EnumMap<>(ImportField.class);
    final Grid<ImportPreview.Row> grid = new Grid<>();
    final Paragraph summary = new Paragraph();
    final Button apply = new Button();
    final ImportJob job = new ImportJob();

    ImportView(ActionImportService imports, ValueImportService values, BodyService bodies,
               PaperImportService paperImports) {
        this.imports = imports;
        this.values = values;
        this.bodies = bodies;
        this.paperImports = paperImports;
        addClassName("lw-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var paperId = event.getLocation().getQueryParameters().getSingleParameter("papier");
        if (paperId.isPresent()) {
            try {
                paper = paperImports.paper(Long.parseLong(paperId.get()));
            } catch (RecordNotFoundException | NumberFormatException
                     | org.springframework.security.access.AccessDeniedException e) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            render();
            return;
        }
        var id = event.getLocation().getQueryParameters().getSingleParameter("gremium");
        valueMode = event.getLocation().getQueryParameters().getSingleParameter("art")
                .filter("messwerte"::equals).isPresent();
        try {
            body = bodies.get(Long.parseLong(id.orElse("-1")));
        } catch (RecordNotFoundException | NumberFormatException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (!bodies.canManage(body.id())) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        if (paper != null) {
            var back = new Anchor("papiere/" + paper.id(), getTranslation("paper.import.back"));
            back.addClassName("lw-back-link");
            add(back, new ViewHeader(getTranslation("paper.import.title") + " · " + paper.title(),
                    getTranslation("paper.import.description")));
        } else {
            var back = new Anchor("gremien/" + body.id(), getTranslation("import.back"));
            back.addClassName("lw-back-link");
            add(back, new ViewHeader(getTranslation(valueMode ? "import.values.title" : "import.title") + " · "
                    + body.shortName(), getTranslation(valueMode ? "import.values.description" : "import.description")));
        }

        var maxBytes = imports.maxBytes();
        var megabytes = maxBytes / (1024 * 1024);
        var tooLarge = getTranslation("import.error.too-large", megabytes);
        upload.setUploadHandler(new LimitedUploadHandler(maxBytes, tooLarge, this::received, () -> errors.show(tooLarge)));
        upload.setAcceptedFileTypes(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) maxBytes);
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("import.upload")));
        upload.setI18n(ComponentTexts.uploadTexts(this, new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.upload.button"))
                        .setMany(getTranslation("import.upload.button")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.upload"))
                        .setMany(getTranslation("import.upload")))
                .setError(new UploadI18N.Error().setFileIsTooBig(tooLarge)
                        .setIncorrectFileType(getTranslation("import.error.not-excel"))
                        .setTooManyFiles(getTranslation("import.upload.one-file")))));
        upload.addFileRejectedListener(e -> errors.show(tooLarge));
        upload.setId("import-upload");

        mappingCard.addClassName("lw-card");
        mappingCard.setVisible(false);
        previewCard.addClassName("lw-card");
        previewCard.setVisible(false);
        grid.addColumn(ImportPreview.Row::rowNumber).setHeader(getTranslation("import.col.row")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(r -> {
            var pill = new com.vaadin.flow.component.html.Span(getTranslation(EnumLabels.key(r.kind())));
            pill.addClassNames("lw-pill", switch (r.kind()) {
                case NEW -> "lw-pill-success";
                case CHANGED -> "lw-pill-warning";
                case UNCHANGED -> "lw-pill-neutral";
                case ERROR -> "lw-pill-error";
            });
            return pill;
        }).setHeader(getTranslation("import.col.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.number() == null ? "" : r.number())
                .setHeader(getTranslation(paper != null ? "paper.section" : "action.number")).setAutoWidth(true);
        grid.addColumn(r -> r.title() == null ? "" : r.title()).setHeader(getTranslation(paper != null ? "paper.task"
                : valueMode ? "indicator.name" : "action.title")).setFlexGrow(2);
        grid.addColumn(this::details).setHeader(getTranslation("import.col.details")).setFlexGrow(3)
                .setTooltipGenerator(this::details);
        // lazy: a preview of 5,000 rows sends only what is in view (all rows visible fetched them in one go)
        grid.setHeight("32rem");
        grid.setId("import-grid");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        apply.setText(getTranslation("import.apply"));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setId("import-apply");
        apply.addClickListener(e -> applyPreview());
        previewCard.add(new H2(getTranslation("import.preview")), summary, grid, apply);
        add(errors, upload, job, mappingCard, previewCard);
    }

    private void applyPreview() {
        if (job.isRunning()) {
            return;
        }
        if (paper != null) {
            // a paper's matrix is a few hundred cells at most: it is applied at once
            if (errors.attempt(() -> {
                paperImports.apply(matrixPreview);
                Notifications.saved(getTranslation("paper.import.applied",
                        matrixPreview.count(ImportPreview.Kind.NEW), matrixPreview.count(ImportPreview.Kind.CHANGED)));
            })) {
                UI.getCurrent().navigate("papiere/" + paper.id());
            }
            return;
        }
        apply.setEnabled(false);
        var actionPreview = preview;
        var valuesPreview = valuePreview;
        job.start(getTranslation("import.applying"),
                progress -> valueMode ? values.apply(valuesPreview, progress) : imports.apply(actionPreview, progress),
                count -> {
                    Notifications.saved(getTranslation(valueMode ? "import.values.applied" : "import.applied", count));
                    UI.getCurrent().navigate("gremien/" + body.id());
                },
                failure -> {
                    apply.setEnabled(true);
                    errors.attempt(() -> {
                        throw failure;
                    });
                });
    }

    private void received(String name, byte[] data) {
        if (job.isRunning()) {
            return;
        }
        this.fileName = name;
        this.bytes = data;
        // the next file (a corrected list, say) may be dropped at once, without removing this one first
        upload.clearFileList();
        mappingCard.setVisible(false);
        previewCard.setVisible(false);
        errors.clear();
        if (paper != null) {
            if (errors.attempt(() -> {
                matrixPreview = paperImports.preview(paper.id(), name, data);
                preview = matrixPreview.asPreview(roles -> roles.stream().sorted()
                        .map(role -> getTranslation("paper.role." + role.name() + ".letter"))
                        .collect(Collectors.joining()));
            })) {
                showPreview();
            }
            return;
        }
        var bodyId = body.id();
        if (valueMode) {
            job.start(getTranslation("import.reading"), progress -> values.preview(bodyId, name, data, progress),
                    result -> {
                        valuePreview = result;
                        preview = result.asPreview();
                        showPreview();
                    }, this::failed);
            return;
        }
        job.start(getTranslation("import.reading"), progress -> imports.preview(bodyId, name, data, progress),
                result -> {
                    preview = result;
                    showMapping();
                    showPreview();
                }, this::failed);
    }

    private void failed(RuntimeException failure) {
        errors.attempt(() -> {
            throw failure;
        });
    }

    private void showMapping() {
        mappingCard.removeAll();
        mapping.clear();
        var fields = new Div();
        fields.addClassName("lw-filters");
        for (var field : ImportField.values()) {
            var select = new Select<Integer>();
            select.setLabel(getTranslation(EnumLabels.key(field)));
            select.setItems(IntStream.range(0, preview.headers().size()).boxed().toList());
            select.setItemLabelGenerator(i -> i == null ? getTranslation("import.mapping.none")
                    : (preview.headers().get(i).isBlank() ? "#" + (i + 1) : preview.headers().get(i)));
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(getTranslation("import.mapping.none"));
            select.setValue(preview.mapping().get(field));
            mapping.put(field, select);
            fields.add(select);
        }
        var refresh = new Button(getTranslation("import.mapping.apply"), e -> {
            var chosen = new EnumMap<ImportField, Integer>(ImportField.class);
            mapping.forEach((field, select) -> {
                if (select.getValue() != null) {
                    chosen.put(field, select.getValue());
                }
            });
            if (job.isRunning()) {
                return;
            }
            var bodyId = body.id();
            previewCard.setVisible(false);
            job.start(getTranslation("import.reading"),
                    progress -> imports.remap(bodyId, fileName, bytes, chosen, progress), result -> {
                        preview = result;
                        errors.clear();
                        showPreview();
                    }, this::failed);
        });
        mappingCard.add(new H2(getTranslation("import.mapping")), fields, refresh);
        mappingCard.setVisible(true);
    }

    private void showPreview() {
        summary.setText(getTranslation("import.summary", preview.count(ImportPreview.Kind.NEW),
                preview.count(ImportPreview.Kind.CHANGED), preview.count(ImportPreview.Kind.UNCHANGED),
                preview.count(ImportPreview.Kind.ERROR)));
        var rows = preview.rows();
        grid.setItems(query -> rows.stream().skip(query.getOffset()).limit(query.getLimit()), query -> rows.size());
        apply.setEnabled(paper != null ? matrixPreview.canApply() : valueMode ? valuePreview.canApply() : preview.canApply());
        previewCard.setVisible(true);
    }

    private String details(ImportPreview.Row row) {
        if (!row.errors().isEmpty()) {
            return row.errors().stream().map(m -> getTranslation(m.key(), m.args().toArray()))
                    .collect(Collectors.joining(" "));
        }
        var locale = UI.getCurrent().getLocale();
        return row.changes().stream().map(c -> (c.fieldLabel() != null ? c.fieldLabel() : getTranslation(c.fieldKey())) + ": "
                        + HistoryValues.display(c.oldValue(), locale, this::getTranslation) + " → "
                        + HistoryValues.display(c.newValue(), locale, this::getTranslation))
                .collect(Collectors.joining("; "));
    }

    @Override
    public String getPageTitle() {
        if (paper != null) {
            return getTranslation("paper.import.title") + " · " + getTranslation("app.name");
        }
        return getTranslation(valueMode ? "import.values.title" : "import.title") + " · " + getTranslation("app.name");
    }
}
