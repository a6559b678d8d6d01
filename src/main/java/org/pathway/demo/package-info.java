/**
 * The demo ICS: a deterministic generator, seeded and sized, that loads a realistic Integrated Care
 * System through the other modules' public APIs on first start.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.pathway.demo;
