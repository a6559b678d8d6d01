package org.pathway.workforce;

/** Something wrong with one field of a command, in words the person filling in the form can act on. */
public record FieldProblem(String field, String message) {}
