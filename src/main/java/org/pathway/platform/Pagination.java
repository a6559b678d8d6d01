package org.pathway.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where a page of results sits in the whole list, with links to the pages either side that keep the
 * current filters. Every paged list renders it with {@code fragments/pagination :: pagination(${pages})}.
 *
 * @param number 1-based page number
 */
public record Pagination(long total, int number, int totalPages, long from, long to, String previousUrl,
        String nextUrl) {

    public static Pagination of(Page<?> page, HttpServletRequest request) {
        int number = page.getNumber() + 1;
        long from = page.getTotalElements() == 0 ? 0 : page.getPageable().getOffset() + 1;
        long to = page.getPageable().getOffset() + page.getNumberOfElements();
        return new Pagination(page.getTotalElements(), number, page.getTotalPages(), from, to,
                page.hasPrevious() ? link(request, number - 1) : null,
                page.hasNext() ? link(request, number + 1) : null);
    }

    private static String link(HttpServletRequest request, int page) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(request.getRequestURI());
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("page") && !name.startsWith("_")) {
                link.queryParam(name, (Object[]) values);
            }
        });
        return link.queryParam("page", page).encode().build().toUriString();
    }
}
