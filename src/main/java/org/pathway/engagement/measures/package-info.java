/**
 * Outcome measures: the national definitions and organisations' own, recording and scoring a questionnaire on a
 * case, each score's history and change from baseline, and the demo's outcomes loader. {@code ClosingMeasures} is
 * the one public type: what the closure feature reads of a case's measures.
 */
package org.pathway.engagement.measures;
