/** Bulk loading of agreements for the demo: facts the demo decided, stored without events. */
@org.springframework.modulith.NamedInterface("loading")
package org.pathway.partnerships.loading;
