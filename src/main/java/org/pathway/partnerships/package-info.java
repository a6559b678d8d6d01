/**
 * Partnerships: partner organisations and agreements (referral pathways, data sharing with review dates), peer-support groups and their forums.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partnerships")
package org.pathway.partnerships;
