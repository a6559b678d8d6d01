/**
 * People: the person record (identifiers, demographics, contact preferences, consents per purpose) and the matching of duplicates, so one person is never recorded twice.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package org.pathway.people;
