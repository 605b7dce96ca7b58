package de.lenkwerk.api.v1;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The page and size (and, where a list can be sorted, the order) a client asked for, checked. */
record Paging(int page, int size, Sort sort) {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;

    static Paging of(Integer page, Integer size) {
        return of(page, size, List.of(), Set.of());
    }

    /** @param sort {@code property} or {@code property,asc|desc}, each one of {@code sortable} */
    static Paging of(Integer page, Integer size, List<String> sort, Set<String> sortable) {
        var problems = new ArrayList<ApiException.FieldProblem>();
        var p = page == null ? 0 : page;
        var s = size == null ? DEFAULT_SIZE : size;
        if (p < 0 || p > 100_000) {
            problems.add(new ApiException.FieldProblem("page", "validation.range", 0, 100_000));
        }
        if (s < 1 || s > MAX_SIZE) {
            problems.add(new ApiException.FieldProblem("size", "validation.range", 1, MAX_SIZE));
        }
        var orders = new ArrayList<Sort.Order>();
        for (var value : sort == null ? List.<String>of() : sort) {
            var parts = value.split(",");
            var property = parts[0].strip();
            var direction = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
            if (!sortable.contains(property) || parts.length > 2 || !Set.of("asc", "desc").contains(direction)) {
                problems.add(new ApiException.FieldProblem("sort", "api.problem.sort.invalid",
                        String.join(", ", sortable.stream().sorted().toList())));
            } else {
                orders.add(direction.equals("asc") ? Sort.Order.asc(property) : Sort.Order.desc(property));
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems.toArray(ApiException.FieldProblem[]::new));
        }
        return new Paging(p, s, Sort.by(orders));
    }

    Pageable pageable() {
        return PageRequest.of(page, size, sort);
    }
}
