/**
 * Workforce: the organisation structure of the ICS (localities, PCNs, GP practices, employing
 * organisations), services and their explicit delivery models, and the practitioners who deliver them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workforce")
package org.pathway.workforce;
