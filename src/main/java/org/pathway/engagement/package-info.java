/**
 * Engagement: cases, contacts, what-matters conversations, personalised care and support plans, outcome measures, closure and the message back to the GP.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Engagement")
package org.pathway.engagement;
