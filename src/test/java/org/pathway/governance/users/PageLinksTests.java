package org.pathway.governance.users;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageLinksTests {

    @Test
    void onePageNeedsNoPagination() {
        assertThat(PageLinks.of(1, 1, n -> "/p" + n).isEmpty()).isTrue();
        assertThat(PageLinks.of(1, 0, n -> "/p" + n).isEmpty()).isTrue();
    }

    @Test
    void showsFirstLastAndNeighboursWithEllipses() {
        PageLinks links = PageLinks.of(10, 40, n -> "/p" + n);
        assertThat(links.items()).extracting(i -> i.ellipsis() ? "…" : String.valueOf(i.number()))
                .containsExactly("1", "…", "9", "10", "11", "…", "40");
        assertThat(links.previous()).isEqualTo("/p9");
        assertThat(links.next()).isEqualTo("/p11");
        assertThat(links.items()).filteredOn(PageLinks.Item::current).extracting(PageLinks.Item::number)
                .containsExactly(10);
    }

    @Test
    void firstAndLastPagesHaveNoPreviousOrNext() {
        assertThat(PageLinks.of(1, 3, n -> "/p" + n).previous()).isNull();
        assertThat(PageLinks.of(3, 3, n -> "/p" + n).next()).isNull();
        assertThat(PageLinks.of(1, 3, n -> "/p" + n).items()).extracting(PageLinks.Item::number)
                .containsExactly(1, 2, 3);
    }
}
