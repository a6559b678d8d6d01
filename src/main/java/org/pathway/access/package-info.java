/**
 * Access: referrals in, and what the services decide about them. Built: the staff referral form and the public
 * self-referral form with ICS routing ({@code intake}), each service's triage queue against its explicit criteria
 * with the waiting list ({@code triage}), and outreach lists imported from CSV as welfare checks ({@code outreach}),
 * all on the referral aggregate ({@code referrals}). Planned: referrals received as FHIR ServiceRequests (issue 18).
 * <p>
 * This root holds what other modules use: the {@link org.pathway.access.ReferralDetails} facade, the
 * {@link org.pathway.access.ReferralEvents} it publishes and the value types they carry, and the ports engagement
 * implements ({@link org.pathway.access.ReferralCases}, {@link org.pathway.access.OpenCaseloads},
 * {@link org.pathway.access.ReferralOutcomeMessages}). The demo's bulk loading is the {@code loading} named interface.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package org.pathway.access;
