/**
 * Insight: read models fed only by other modules' events, dashboards, delivery-model comparison, small-number suppression, exports, surveys and field notes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insight")
package org.pathway.insight;
