/**
 * Workforce: the organisation structure of the ICS (localities, PCNs, GP practices, employing organisations),
 * services and their explicit delivery models, and the practitioners who deliver them, looked after as the pathway's
 * asset: their training against each service's mandatory set, supervision against each service's required frequency,
 * the equipment that lets them work remotely (on any date), their profile (base, practices covered with each
 * practice's social-prescribing champion, specialisms, languages), a wellbeing pulse that only they and their line
 * manager see, and their weekly time use (core social prescribing against other work). A manager's team page and the ICS lead's view by employer and delivery model (aggregates, small
 * numbers suppressed) bring these together.
 * <p>
 * This package holds the facades other modules call ({@link org.pathway.workforce.OrganisationStructure},
 * {@link org.pathway.workforce.ServiceCatalogue}, {@link org.pathway.workforce.ReferralDirectory},
 * {@link org.pathway.workforce.PractitionerRegister}, {@link org.pathway.workforce.Training},
 * {@link org.pathway.workforce.Supervision}, {@link org.pathway.workforce.Equipment},
 * {@link org.pathway.workforce.PractitionerProfiles}, {@link org.pathway.workforce.Pulse},
 * {@link org.pathway.workforce.TimeUse}, {@link org.pathway.workforce.Reminders},
 * {@link org.pathway.workforce.IcsWorkforce}), the ports engagement and access
 * implement ({@link org.pathway.workforce.TeamCaseloads}, {@link org.pathway.workforce.RecordedWelfareWork}), the events in {@link org.pathway.workforce.WorkforceEvents}, and
 * the commands and values they carry. Each feature ({@code organisations}, {@code services}, {@code practitioners},
 * {@code training}, {@code supervision}, {@code equipment}, {@code profiles}, {@code pulse}, {@code timeuse}, {@code reminders},
 * {@code team}, {@code overview}) keeps its pages, facade implementation and queries side by side; {@code loading}
 * is the bulk load the demo uses.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workforce")
package org.pathway.workforce;
