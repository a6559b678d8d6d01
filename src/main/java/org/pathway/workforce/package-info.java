/**
 * Workforce: the organisation structure of the ICS (localities, PCNs, GP practices, employing
 * organisations), services and their explicit delivery models, and the practitioners who deliver them.
 * This package holds the facades other modules call ({@link org.pathway.workforce.OrganisationStructure},
 * {@link org.pathway.workforce.ServiceCatalogue}, {@link org.pathway.workforce.ReferralDirectory},
 * {@link org.pathway.workforce.PractitionerRegister}), their commands and the values they carry; each feature
 * ({@code organisations}, {@code services}, {@code practitioners}) keeps its pages, facade implementation, entity
 * and repository side by side; {@code loading} is the bulk load the demo uses.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workforce")
package org.pathway.workforce;
