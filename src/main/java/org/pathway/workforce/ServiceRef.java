package org.pathway.workforce;

/** A service named in another record. */
public record ServiceRef(ServiceId id, String name) {}
