package org.pathway.access.intake;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Previous and next links for a paged list, in the shape the pagination fragment reads. */
public record Pages(long total, long from, long to, int number, int totalPages, String previousUrl, String nextUrl) {

    static Pages of(Page<?> page, HttpServletRequest request) {
        int number = page.getNumber() + 1;
        String previous = page.hasPrevious() ? link(request, number - 1) : null;
        String next = page.hasNext() ? link(request, number + 1) : null;
        long from = page.getTotalElements() == 0 ? 0 : (long) page.getNumber() * page.getSize() + 1;
        return new Pages(page.getTotalElements(), from, from + page.getNumberOfElements() - 1, number,
                page.getTotalPages(), previous, next);
    }

    private static String link(HttpServletRequest request, int page) {
        return ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("page", page).build()
                .toUriString().replaceFirst("^https?://[^/]+", "");
    }
}
