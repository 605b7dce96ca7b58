package de.lenkwerk.report;

import de.lenkwerk.base.RecordNotFoundException;
import de.lenkwerk.base.SupportedLocales;
import de.lenkwerk.base.Translations;
import de.lenkwerk.paper.PaperService;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /papiere/export/{id}?fassung=N&sprache=de} downloads the matrices of a paper's version as Excel. The
 * paper service checks who may read which version.
 */
@Controller
class PaperExportController {

    private final PaperService papers;
    private final PaperMatrixWriter writer;

    PaperExportController(PaperService papers, Translations translations) {
        this.papers = papers;
        this.writer = new PaperMatrixWriter(translations);
    }

    @GetMapping("/papiere/export/{id}")
    void download(@PathVariable long id, @RequestParam(name = "fassung", required = false) Integer number,
                  @RequestParam(name = "sprache", defaultValue = "de") String language, HttpServletResponse response)
            throws IOException {
        var paper = papers.get(id, number);
        var locale = SupportedLocales.resolve(language);
        var name = "Schnittstellenpapier_" + paper.title().replaceAll("[^\\p{L}\\p{N}]+", "_") + "_Fassung_"
                + paper.shown().number() + ".xlsx";
        response.setContentType(StatusReportController.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        writer.write(paper, locale, response.getOutputStream());
    }

    @ExceptionHandler(RecordNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    void notFound() {
        // as for an unknown address
    }

    @ExceptionHandler(AccessDeniedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    void forbidden() {
        // not signed in, or not allowed
    }
}
