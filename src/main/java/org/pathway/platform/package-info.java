/**
 * Technical platform: the embedded database, the page layout, the home page and error pages. Holds no
 * business data of its own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.pathway.platform;
