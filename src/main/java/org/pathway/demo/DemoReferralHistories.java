package org.pathway.demo;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.pathway.access.ReferralChannel;
import org.pathway.access.ReferralSource;
import org.pathway.access.loading.AccessLoader.ReferralHistory;
import org.pathway.access.loading.AccessLoader.Step;
import org.pathway.demo.DemoAccessIcs.Practice;
import org.pathway.demo.DemoAccessIcs.Service;
import org.pathway.shared.ExclusionFlag;
import org.pathway.shared.Need;

/**
 * What a demo referral says, as the bulk loader takes it: the needs referred for, the channel and referrer its source
 * implies, the context in the referrer's words, urgency and consents.
 */
final class DemoReferralHistories {

    private static final Need[] COMMON_NEEDS = {Need.LONELINESS, Need.LONELINESS, Need.LONELINESS, Need.LOW_MOOD_ANXIETY,
            Need.LOW_MOOD_ANXIETY, Need.LONG_TERM_CONDITION, Need.LONG_TERM_CONDITION, Need.MONEY_DEBT_BENEFITS,
            Need.MONEY_DEBT_BENEFITS, Need.HOUSING, Need.BEREAVEMENT, Need.PHYSICAL_ACTIVITY, Need.HEALTHY_WEIGHT,
            Need.EMPLOYMENT_LEARNING_VOLUNTEERING, Need.CARER_SUPPORT, Need.RELATIONSHIPS, Need.DIGITAL_INCLUSION,
            Need.OTHER};

    private static final List<String> CONTEXTS = List.of(
            "Lives alone since their partner died and rarely goes out.",
            "Struggling with bills and worried about losing their tenancy.",
            "Recently diagnosed with diabetes and finding it hard to manage.",
            "Would like to get more active but lacks confidence to join a group.",
            "Caring for their mother and has no time for themselves.",
            "Low mood since being made redundant.",
            "Frequent attender: most appointments are about loneliness.",
            "Discharged from hospital last week; no family nearby.",
            "Would like help getting online to order shopping and see family.",
            "Shielding and has not left the house for weeks.");

    private final Random random;
    private final DemoIcs ics;
    private final DemoTriageStory triage;

    DemoReferralHistories(Random random, DemoIcs ics, DemoTriageStory triage) {
        this.random = random;
        this.ics = ics;
        this.triage = triage;
    }

    /** One to three needs, the common ones more often. */
    Set<Need> needs() {
        Set<Need> needs = EnumSet.noneOf(Need.class);
        int count = 1 + (random.nextInt(10) < 4 ? 1 : 0) + (random.nextInt(10) < 2 ? 1 : 0);
        while (needs.size() < count) {
            needs.add(COMMON_NEEDS[random.nextInt(COMMON_NEEDS.length)]);
        }
        return needs;
    }

    /** The channel a referral from this source comes in by. */
    static ReferralChannel channel(ReferralSource source) {
        return switch (source) {
            case SELF -> ReferralChannel.SELF_REFERRAL;
            case OUTREACH_LIST -> ReferralChannel.OUTREACH;
            default -> ReferralChannel.STAFF_FORM;
        };
    }

    /**
     * The referral as received and the steps decided since. {@code username} and {@code name} name a demo sign-in
     * who referred (or are null); {@code ready} is not recorded for a self-referral.
     */
    ReferralHistory history(int person, Service service, ReferralSource source, String username, String name,
            Practice practice, Set<Need> needs, Set<ExclusionFlag> flags, Boolean ready, Instant received,
            List<Step> steps) {
        ReferralChannel channel = channel(source);
        boolean self = channel == ReferralChannel.SELF_REFERRAL;
        String referrerName = self ? "Self-referral" : name != null ? name : referrerName(source);
        UUID organisation = self || channel == ReferralChannel.OUTREACH ? null
                : username != null ? ics.referrerPractice().value()
                : switch (source) {
                    case GP, PRACTICE_NURSE, OTHER_PRIMARY_CARE -> practice.id();
                    default -> null;
                };
        String receivedBy = self ? "anonymous" : username != null ? username
                : channel == ReferralChannel.OUTREACH ? triage.triager(service) : "demo";
        return new ReferralHistory(person, service.id(), channel, source, username, referrerName, organisation,
                practice.id(), needs, self ? null : CONTEXTS.get(random.nextInt(CONTEXTS.size())),
                !self && random.nextInt(100) < 6, flags, !self && random.nextInt(100) < 2, self ? null : ready,
                random.nextInt(100) < 95, random.nextInt(100) < 90, received, receivedBy, steps);
    }

    private String referrerName(ReferralSource source) {
        String surname = SouthWest.SURNAMES[random.nextInt(SouthWest.SURNAMES.length)];
        String given = SouthWest.GIVEN_NAMES[random.nextInt(SouthWest.GIVEN_NAMES.length)];
        return switch (source) {
            case GP -> "Dr " + given.charAt(0) + " " + surname;
            case PRACTICE_NURSE -> given + " " + surname + ", practice nurse";
            case HOSPITAL -> given + " " + surname + ", discharge team";
            case MENTAL_HEALTH -> given + " " + surname + ", community mental health team";
            case LOCAL_AUTHORITY -> given + " " + surname + ", adult social care";
            case HOUSING -> given + " " + surname + ", housing officer";
            case JOB_CENTRE -> given + " " + surname + ", work coach";
            case FAMILY_CARER -> given + " " + surname + " (family)";
            default -> given + " " + surname;
        };
    }
}
