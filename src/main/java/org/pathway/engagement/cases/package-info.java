/**
 * The case aggregate and the work on it: opening a case when a referral is accepted ({@code CaseOpening}), who may
 * see it ({@code CaseAccess}), its pages (summary, contacts, notes and safeguarding concerns, tasks, the manager's
 * allocation) and the services behind them (one job each), the caseload, the figures kept on each case row, closing
 * and reopening ({@code CaseLifecycle}, the one public type: the closure feature closes through it), the
 * implementation of the {@code Cases} facade and of other modules' ports (audit subjects, open caseloads, a
 * referral's case), and the demo's case loader.
 */
package org.pathway.engagement.cases;
