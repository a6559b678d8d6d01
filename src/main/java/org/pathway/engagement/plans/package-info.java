/**
 * "What matters to me" and the personalised care and support plan of a case: goals and their progress, actions,
 * review dates, and the printable plan for the person to keep.
 */
package org.pathway.engagement.plans;
