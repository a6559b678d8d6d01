package org.pathway.engagement;

/** How a contact with the person happened. */
public enum ContactMode {
    FACE_TO_FACE_PRACTICE("Face to face at the practice", true),
    FACE_TO_FACE_HOME("Face to face at home", true),
    FACE_TO_FACE_COMMUNITY("Face to face at a community venue", true),
    PHONE("Phone", false),
    VIDEO("Video", false),
    TEXT_OR_EMAIL("Text or email", false),
    GROUP("Group", true);

    private final String label;
    private final boolean inPerson;

    ContactMode(String label, boolean inPerson) {
        this.label = label;
        this.inPerson = inPerson;
    }

    public String label() {
        return label;
    }

    public boolean inPerson() {
        return inPerson;
    }
}
