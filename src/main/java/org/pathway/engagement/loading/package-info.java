/**
 * Engagement's bulk loading, for the demo only (and migrations from other systems later): {@link
 * org.pathway.engagement.loading.CaseLoader} writes cases with their history, {@link
 * org.pathway.engagement.loading.OutcomesLoader} the plans, outcome measures and closure messages already decided
 * for them. Not reachable from the web; no permission is checked.
 */
@org.springframework.modulith.NamedInterface("loading")
package org.pathway.engagement.loading;
