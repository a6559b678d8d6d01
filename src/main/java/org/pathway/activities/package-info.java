/**
 * Activities: the community directory and its status history, search, closed-loop connections with providers, unmet needs, and the Open Referral UK (HSDS 3.0) API and importer.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Activities")
package org.pathway.activities;
