package de.lenkwerk.api.v1;

import java.util.List;

/** One page of a list: the items and where they stand in the whole. Pages count from 0. */
public record PageDto<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    static <T> PageDto<T> of(List<T> items, Paging paging, long total) {
        return new PageDto<>(items, paging.page(), paging.size(), total, (total + paging.size() - 1) / paging.size());
    }
}
