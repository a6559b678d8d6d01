package org.pathway.access.triage;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;

/** Where a page of a queue sits, with links either side that keep the list shown (new or waiting). */
record QueuePagination(long total, int number, int totalPages, long from, long to, String previousUrl,
        String nextUrl) {

    static QueuePagination of(Page<?> page, HttpServletRequest request) {
        int number = page.getNumber() + 1;
        long from = page.getTotalElements() == 0 ? 0 : page.getPageable().getOffset() + 1;
        long to = page.getPageable().getOffset() + page.getNumberOfElements();
        return new QueuePagination(page.getTotalElements(), number, page.getTotalPages(), from, to,
                page.hasPrevious() ? link(request, number - 1) : null, page.hasNext() ? link(request, number + 1) : null);
    }

    private static String link(HttpServletRequest request, int page) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(request.getRequestURI());
        String list = request.getParameter("list");
        if (list != null) {
            link.queryParam("list", list);
        }
        return link.queryParam("page", page).encode().build().toUriString();
    }
}
