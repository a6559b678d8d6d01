/**
 * People: the person record (identifiers, demographics, contact preferences, consents per purpose) and the matching
 * of duplicates, so one person is never recorded twice. This package holds the {@link org.pathway.people.People}
 * facade and the values it carries; {@code register} implements it (the person entity, its repository, matching
 * and bulk registration).
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package org.pathway.people;
