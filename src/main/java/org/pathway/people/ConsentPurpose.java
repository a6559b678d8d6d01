package org.pathway.people;

/** What a person consents to, each recorded separately with date and who recorded it. */
public enum ConsentPurpose {
    REFERRAL("To be referred"), CONTACT("To be contacted"), SHARE_WITH_GP("To share information with their GP"),
    SHARE_WITH_PROVIDERS("To share their contact details with a community provider they are referred to");

    private final String label;

    ConsentPurpose(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
