package org.pathway.governance;

/**
 * The one catalogue of permissions. Facades declare them with
 * {@code @PreAuthorize("hasAuthority('" + Permissions.X + "')")}; {@link Role} grants them.
 */
public final class Permissions {

    public static final String USERS_MANAGE = "users:manage";
    public static final String AUDIT_READ = "audit:read";
    public static final String ORGANISATIONS_VIEW = "organisations:view";
    public static final String ORGANISATIONS_MANAGE = "organisations:manage";
    public static final String SERVICES_VIEW = "services:view";
    public static final String SERVICES_MANAGE = "services:manage";
    public static final String PRACTITIONERS_VIEW = "practitioners:view";
    public static final String PRACTITIONERS_MANAGE = "practitioners:manage";
    /** A line manager's view of their team: caseloads, training, supervision, readiness and the pulse. */
    public static final String TEAM_VIEW = "team:view";
    /** The ICS's workforce in aggregate, by employer type and delivery model: never an individual's answers. */
    public static final String WORKFORCE_OVERVIEW = "workforce:overview";
    /** Agreements between the ICS's organisations: all of them for the ICS, an organisation's own for its manager. */
    public static final String AGREEMENTS_VIEW = "agreements:view";
    public static final String AGREEMENTS_MANAGE = "agreements:manage";
    /** Peer-support groups across employers in one's ICS: their members, meetings and attendance. */
    public static final String PEER_SUPPORT_VIEW = "peer-support:view";
    /** Keep the ICS's peer-support groups, the forums they meet in and the community builders who work with them. */
    public static final String PEER_SUPPORT_MANAGE = "peer-support:manage";
    /** Refer a person to a service with the staff form. */
    public static final String REFERRALS_SUBMIT = "referrals:submit";
    /** Follow the referrals one has made, and what became of them. */
    public static final String REFERRALS_TRACK = "referrals:track";
    /** Work a service's triage queue: accept, decline, redirect, waitlist (scoped to one's services). */
    public static final String REFERRALS_TRIAGE = "referrals:triage";

    /** Import outreach lists and make welfare checks for one's organisation. */
    public static final String OUTREACH_WORK = "outreach:work";

    /** Work cases: one's own and those given to one (link worker), one's organisation's (manager). */
    public static final String CASES_WORK = "cases:work";
    /** Reallocate a case to another practitioner and give cases to other link workers (managers). */
    public static final String CASES_MANAGE = "cases:manage";
    /** Define outcome measures (items, ranges, scoring) for one's organisation's services, under its licence. */
    public static final String MEASURES_DEFINE = "measures:define";
    /** Search the community directory and see its listings. */
    public static final String DIRECTORY_VIEW = "directory:view";
    /** Change listings: a community provider its own organisation's, an administrator any. */
    public static final String LISTINGS_MANAGE = "listings:manage";
    /** Mark listings verified: a provider its own, a service manager any the practitioners rely on. */
    public static final String LISTINGS_VERIFY = "listings:verify";
    /** Propose a change to a listing, for its provider to accept or reject. */
    public static final String LISTINGS_PROPOSE = "listings:propose";
    /** Import an Open Referral UK / HSDS feed and postcode coordinates into the directory. */
    public static final String DIRECTORY_IMPORT = "directory:import";

    /** Answer connections to one's organisation's listings: accept, decline, confirm attendance (providers). */
    public static final String CONNECTIONS_ANSWER = "connections:answer";
    /** See unmet needs as aggregates by category and locality: a manager their organisation's, the ICS lead all. */
    public static final String GAPS_VIEW = "gaps:view";

    private Permissions() {}
}
