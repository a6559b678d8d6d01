package org.pathway.governance;

import static org.pathway.governance.Permissions.*;

import java.util.Set;

/** The roles people sign in with, each with the permissions it is granted. */
public enum Role {
    ADMINISTRATOR("Administrator", Set.of(USERS_MANAGE, AUDIT_READ, ORGANISATIONS_VIEW, ORGANISATIONS_MANAGE,
            SERVICES_VIEW, SERVICES_MANAGE, PRACTITIONERS_VIEW, PRACTITIONERS_MANAGE,
            DIRECTORY_VIEW, LISTINGS_MANAGE, LISTINGS_VERIFY, DIRECTORY_IMPORT, AGREEMENTS_VIEW, AGREEMENTS_MANAGE,
            PEER_SUPPORT_VIEW, PEER_SUPPORT_MANAGE)),
    SERVICE_MANAGER("Service manager", Set.of(ORGANISATIONS_VIEW, SERVICES_VIEW, SERVICES_MANAGE,
            REFERRALS_SUBMIT, REFERRALS_TRACK, REFERRALS_TRIAGE, OUTREACH_WORK,
            PRACTITIONERS_VIEW, PRACTITIONERS_MANAGE, CASES_WORK, CASES_MANAGE,
            MEASURES_DEFINE, DIRECTORY_VIEW, LISTINGS_VERIFY, LISTINGS_PROPOSE, GAPS_VIEW, TEAM_VIEW, AGREEMENTS_VIEW,
            PEER_SUPPORT_VIEW)),
    LINK_WORKER("Link worker", Set.of(ORGANISATIONS_VIEW, SERVICES_VIEW, PRACTITIONERS_VIEW, REFERRALS_SUBMIT,
            REFERRALS_TRACK, REFERRALS_TRIAGE, OUTREACH_WORK, CASES_WORK, DIRECTORY_VIEW, LISTINGS_PROPOSE,
            PEER_SUPPORT_VIEW)),
    REFERRER("Referrer", Set.of(SERVICES_VIEW, REFERRALS_SUBMIT, REFERRALS_TRACK, DIRECTORY_VIEW)),
    COMMUNITY_PROVIDER("Community provider", Set.of(DIRECTORY_VIEW, LISTINGS_MANAGE, LISTINGS_VERIFY,
            CONNECTIONS_ANSWER)),
    ICS_LEAD("ICS lead", Set.of(ORGANISATIONS_VIEW, SERVICES_VIEW, DIRECTORY_VIEW, GAPS_VIEW, WORKFORCE_OVERVIEW,
            AGREEMENTS_VIEW, AGREEMENTS_MANAGE, PEER_SUPPORT_VIEW, PEER_SUPPORT_MANAGE)),
    RESEARCHER("Researcher", Set.of());

    private final String label;
    private final Set<String> permissions;

    Role(String label, Set<String> permissions) {
        this.label = label;
        this.permissions = permissions;
    }

    public String label() {
        return label;
    }

    public Set<String> permissions() {
        return permissions;
    }

    /** The Spring Security authority naming the role itself, e.g. {@code ROLE_LINK_WORKER}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
