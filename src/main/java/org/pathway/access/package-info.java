/**
 * Access: referrals from every channel (staff form, public self-referral, FHIR ServiceRequest, outreach lists), triage against each service's explicit criteria, waiting lists.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package org.pathway.access;
