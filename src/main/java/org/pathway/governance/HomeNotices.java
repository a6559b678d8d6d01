package org.pathway.governance;

import java.util.List;

/**
 * What a module asks the signed-in user to see to, shown on their home page (agreements expired or due for review,
 * for instance). Governance declares this port; modules that have something to flag implement it.
 */
public interface HomeNotices {

    List<Notice> noticesFor(PathwayUser user);

    /** A line for the home page and where to act on it. */
    record Notice(String text, String href) {}
}
