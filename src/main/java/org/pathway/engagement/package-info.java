/**
 * Engagement: cases, contacts, notes and safeguarding concerns, tasks, what-matters conversations, personalised care
 * and support plans, outcome measures, closure and the message back to the GP.
 *
 * <p>Its API is this package: the {@link org.pathway.engagement.Cases} facade (with the permission expressions case
 * pages check), the case header {@link org.pathway.engagement.CaseSummary}, the events it publishes
 * ({@link org.pathway.engagement.CaseEvents}, {@link org.pathway.engagement.MeasureEvents}) and the values they
 * carry. The demo's bulk loading is the named interface {@code loading}. The features sit in {@code cases} (the case
 * aggregate and all work on it), {@code closure}, {@code measures} and {@code plans}, package-private but for the two
 * types closure uses: {@code cases.CaseLifecycle} and {@code measures.ClosingMeasures}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Engagement")
package org.pathway.engagement;
