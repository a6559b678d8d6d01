/**
 * Bulk loading of the workforce (organisations, services, practitioners) with ids chosen by the caller: the demo
 * ICS uses it. A named interface of its own, so only a module that loads says so in its dependencies.
 */
@org.springframework.modulith.NamedInterface("loading")
package org.pathway.workforce.loading;
