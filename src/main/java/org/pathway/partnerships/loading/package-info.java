/** Bulk loading of agreements and peer support for the demo: facts the demo decided, stored without events. */
@org.springframework.modulith.NamedInterface("loading")
package org.pathway.partnerships.loading;
