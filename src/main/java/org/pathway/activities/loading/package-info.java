/**
 * Bulk loading of directory data, connections and unmet needs that are already decided (the demo's story, benchmark
 * sizes): batched inserts, no events. Only {@code demo} (and tests) use it; the web never does.
 */
@org.springframework.modulith.NamedInterface("loading")
package org.pathway.activities.loading;
