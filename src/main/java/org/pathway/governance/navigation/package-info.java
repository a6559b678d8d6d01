/** The home page and the header's navigation: what the signed-in user's role may reach. */
package org.pathway.governance.navigation;
