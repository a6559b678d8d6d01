package org.pathway.activities.imports;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.pathway.governance.AuditLog;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Imports an Open Referral UK / HSDS 3.0 feed, from a URL or an uploaded file: {@link HsdsFeedReader} reads the
 * services, {@link HsdsParser} makes each a record or refuses it, {@link HsdsListingWriter} stores it. Every record
 * that cannot be taken is reported with its page, its index on the page and why; the good ones are kept. Each run is
 * recorded ({@link ImportRunRepository}) and audited.
 */
@Service
class HsdsImport {

    private final HsdsFeedReader reader;
    private final HsdsParser parser;
    private final HsdsListingWriter writer;
    private final ImportRunRepository runs;
    private final AuditLog audit;
    private final Clock clock;

    HsdsImport(HsdsFeedReader reader, HsdsParser parser, HsdsListingWriter writer, ImportRunRepository runs,
            AuditLog audit, Clock clock) {
        this.reader = reader;
        this.parser = parser;
        this.writer = writer;
        this.runs = runs;
        this.audit = audit;
        this.clock = clock;
    }

    record Rejection(int page, int index, String externalId, String reason) {}

    record Report(UUID runId, String feed, int pages, int created, int updated, List<Rejection> rejections,
            String failure) {

        public int imported() {
            return created + updated;
        }
    }

    /** One import as it goes: each service read is parsed and stored, or its rejection kept for the report. */
    private final class Run implements HsdsFeedReader.Services {
        final UUID id = UUID.randomUUID();
        final String feed;
        int pages;
        int created;
        int updated;
        final List<Rejection> rejections = new ArrayList<>();

        Run(String feed) {
            this.feed = feed;
        }

        @Override
        public void pageRead() {
            pages++;
        }

        @Override
        public void service(int page, int index, JsonNode node) {
            String externalId = node != null && node.isObject() ? HsdsParser.text(node, "id") : null;
            try {
                if (writer.store(feed, parser.parse(node))) {
                    created++;
                } else {
                    updated++;
                }
            } catch (HsdsParser.Rejected e) {
                rejections.add(new Rejection(page, index, externalId, e.getMessage()));
            } catch (DataAccessException e) {
                String cause = e.getMostSpecificCause().getMessage();
                rejections.add(new Rejection(page, index, externalId, "could not be stored: "
                        + (cause == null ? e.getClass().getSimpleName() : cause.lines().findFirst().orElse(cause))));
            }
        }

        @Override
        public void unreadable(int page, int index, String externalId, String reason) {
            rejections.add(new Rejection(page, index, externalId, reason));
        }
    }

    /** Imports from a feed's base URL (or its {@code /services} URL), following the pages. */
    Report fromUrl(String url, String feedName, String by) {
        Run run = start(feedName == null || feedName.isBlank() ? url.strip() : feedName.strip(), "url: " + url, by);
        String failure = null;
        try {
            reader.fromUrl(url, run);
        } catch (HsdsFeedReader.Unreadable e) {
            failure = e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "The import was interrupted";
        }
        return finish(run, failure);
    }

    /** Imports an uploaded file: an HSDS page ({@code contents}), an array of services, or one service. */
    Report fromFile(byte[] content, String fileName, String feedName, String by) {
        Run run = start(feedName == null || feedName.isBlank() ? "file: " + fileName : feedName.strip(),
                "file: " + fileName, by);
        String failure = null;
        try {
            reader.fromFile(content, run);
        } catch (HsdsFeedReader.Unreadable e) {
            failure = e.getMessage();
        }
        return finish(run, failure);
    }

    private Run start(String feed, String source, String by) {
        Run run = new Run(feed);
        runs.started(run.id, source, feed, clock.instant(), by);
        return run;
    }

    private Report finish(Run run, String failure) {
        runs.finished(run.id, clock.instant(), run.created + run.updated, run.rejections, failure);
        audit.changed("directory-import", run.id.toString(), run.feed + ": " + run.created + " created, " + run.updated
                + " updated, " + run.rejections.size() + " rejected" + (failure == null ? "" : ", failed"));
        return new Report(run.id, run.feed, run.pages, run.created, run.updated, List.copyOf(run.rejections), failure);
    }
}
