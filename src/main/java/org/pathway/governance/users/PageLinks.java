package org.pathway.governance.users;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The numbered NHS pagination: previous and next links and the page numbers around the current one,
 * with ellipses (1 … 4 5 6 … 20).
 */
record PageLinks(String previous, String next, List<Item> items) {

    record Item(int number, String href, boolean current, boolean ellipsis) {

        /** The design system's modifier class (kept out of the template: "__" is Thymeleaf syntax). */
        public String modifierClass() {
            return current ? "nhsuk-pagination__item--current" : ellipsis ? "nhsuk-pagination__item--ellipsis" : "";
        }
    }

    static PageLinks of(int current, int totalPages, IntFunction<String> href) {
        if (totalPages <= 1) {
            return new PageLinks(null, null, List.of());
        }
        List<Item> items = new ArrayList<>();
        int last = 0;
        for (int n = 1; n <= totalPages; n++) {
            boolean show = n == 1 || n == totalPages || Math.abs(n - current) <= 1;
            if (!show) {
                continue;
            }
            if (last != 0 && n - last > 1) {
                items.add(new Item(0, null, false, true));
            }
            items.add(new Item(n, href.apply(n), n == current, false));
            last = n;
        }
        return new PageLinks(current > 1 ? href.apply(current - 1) : null,
                current < totalPages ? href.apply(current + 1) : null, items);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
