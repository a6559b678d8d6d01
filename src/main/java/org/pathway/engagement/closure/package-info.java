/**
 * Closing a case: the closure page (the reason, the closing measures prompt, "Unable to contact" only after enough
 * attempts) and the message back to the GP and the referrer, SNOMED CT codes always and a summary of the support
 * only with the person's consent; also access's port that shows a referral's outcome messages.
 */
package org.pathway.engagement.closure;
