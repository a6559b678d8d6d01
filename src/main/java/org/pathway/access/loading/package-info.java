/**
 * Bulk loading of referral histories and outreach work that happened elsewhere or before ({@link
 * org.pathway.access.loading.AccessLoader}): used by the demo ICS, not reachable from the web. Implemented in
 * {@code access.referrals}.
 */
@org.springframework.modulith.NamedInterface("loading")
package org.pathway.access.loading;
