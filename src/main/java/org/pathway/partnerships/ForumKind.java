package org.pathway.partnerships;

/** How a forum meets. */
public enum ForumKind {
    IN_PERSON("In person"),
    ONLINE("Online"),
    HYBRID("Hybrid: in person and online");

    private final String label;

    ForumKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
