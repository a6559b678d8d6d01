/**
 * Partnerships: agreements between the ICS's organisations (referral pathways, data sharing, subcontracts) with their
 * start, review and expiry dates, flagged when a review is due or they have expired. Planned next: peer-support
 * groups across employers, the forums they meet in, and community builders. The root holds the facade
 * {@link org.pathway.partnerships.Agreements} and the events; the {@code agreements} feature its pages and SQL.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partnerships")
package org.pathway.partnerships;
