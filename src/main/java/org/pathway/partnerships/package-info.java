/**
 * Partnerships: agreements between the ICS's organisations (referral pathways, data sharing, subcontracts) with their
 * start, review and expiry dates, flagged when a review is due or they have expired; and peer support across
 * employers: peer-support groups with their members (practitioners of any employer in the ICS, with the dates they
 * joined and left), meetings and attendance, the forums they meet in and the community builders who work with them,
 * each kept within the user's ICS. The root holds the facades {@link org.pathway.partnerships.Agreements} and
 * {@link org.pathway.partnerships.PeerSupport} and the events in {@link org.pathway.partnerships.PartnershipEvents};
 * the {@code agreements} and {@code peersupport} features their pages and SQL; {@code loading} the demo's bulk load.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partnerships")
package org.pathway.partnerships;
