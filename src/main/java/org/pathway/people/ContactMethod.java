package org.pathway.people;

public enum ContactMethod {
    PHONE("Phone call"), TEXT("Text message"), EMAIL("Email"), LETTER("Letter");

    private final String label;

    ContactMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
