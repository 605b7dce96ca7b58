package de.lenkwerk.oparl;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** An OParl object list: one page of {@code data}, its {@code pagination} and the {@code links} to other pages. */
@Component
class OParlPages {

    private final OParlObjects objects;
    private final OParlUrls urls;
    private final int pageSize;

    OParlPages(OParlObjects objects, OParlUrls urls, @Value("${lenkwerk.oparl.page-size:20}") int pageSize) {
        this.objects = objects;
        this.urls = urls;
        this.pageSize = Math.max(1, pageSize);
    }

    /** One page of the list, or empty for a page past its last one (answered 404). */
    <T> Optional<ObjectNode> page(String listUrl, List<T> items, OParlFilter filter,
                                  Function<T, ObjectNode> toObject) {
        var total = items.size();
        var pages = Math.max(1, (total + pageSize - 1) / pageSize);
        var page = filter.page();
        if (page > pages) {
            return Optional.empty();
        }
        var node = objects.newObject();
        var data = node.putArray("data");
        items.stream().skip((long) (page - 1) * pageSize).limit(pageSize).map(toObject).forEach(data::add);
        var pagination = node.putObject("pagination");
        pagination.put("totalElements", total);
        pagination.put("elementsPerPage", pageSize);
        pagination.put("currentPage", page);
        pagination.put("totalPages", pages);
        var links = node.putObject("links");
        links.put("first", link(listUrl, filter, 1));
        if (page > 1) {
            links.put("prev", link(listUrl, filter, page - 1));
        }
        links.put("self", link(listUrl, filter, page));
        if (page < pages) {
            links.put("next", link(listUrl, filter, page + 1));
        }
        links.put("last", link(listUrl, filter, pages));
        return Optional.of(node);
    }

    private String link(String listUrl, OParlFilter filter, int page) {
        var parameters = new LinkedHashMap<>(filter.parameters());
        if (page > 1) {
            parameters.put("page", String.valueOf(page));
        }
        return urls.withParameters(listUrl, parameters);
    }
}
