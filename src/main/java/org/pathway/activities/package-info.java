/**
 * Activities: the community directory and its status history, search, closed-loop connections with providers,
 * unmet needs, and the Open Referral UK (HSDS 3.0) API and importer.
 * <p>
 * The root holds what other modules see: the events it publishes ({@link org.pathway.activities.ConnectionEvents})
 * and the value types they and the loaders carry. {@code loading} is the demo's bulk loading (a named interface).
 * Features, each with its controllers, services and SQL side by side: {@code directory} (search, listing pages,
 * editing, proposals, verification, the area view), {@code connections} (a case's connections, the provider's
 * answers, unmet needs and gaps), {@code hsds} (the public API) and {@code imports} (feeds and postcodes).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Activities")
package org.pathway.activities;
