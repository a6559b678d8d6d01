package org.pathway.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.pathway.access.ReferralDetails.Accepted;
import org.pathway.engagement.loading.CaseLoader.Batch;
import org.pathway.engagement.loading.CaseLoader.CaseHistory;
import org.pathway.engagement.loading.CaseLoader.Closure;
import org.pathway.engagement.loading.CaseLoader.Contact;
import org.pathway.engagement.loading.CaseLoader.Note;
import org.pathway.engagement.loading.CaseLoader.Task;
import org.pathway.engagement.ClosureReason;
import org.pathway.engagement.ContactDepth;
import org.pathway.engagement.ContactMode;
import org.pathway.engagement.KindOfWork;
import org.pathway.workforce.EngagementModel;
import org.pathway.workforce.ServiceCommand;
import org.pathway.workforce.loading.WorkforceLoader.NewPractitioner;
import org.pathway.workforce.loading.WorkforceLoader.NewService;

/**
 * Generates the casework that followed the demo's accepted referrals: contacts every week or few weeks whose mode
 * shifts from face to face to phone and video during the burst (as in spring 2020) and back, with more emergency
 * and welfare work then; failed attempts; the depth of the work deepening over a case; notes and some safeguarding
 * concerns; reminders of the next contact and reviews; and closures with reasons for older cases. Transactional
 * services stop at their session cap (now and then one more, with a reason). The same seed and inputs always give
 * the same casework.
 */
final class DemoCaseGenerator {

    private static final List<String> NOTES = List.of(
            "Prefers calls in the morning; hard of hearing on the left side.",
            "Daughter visits at weekends and is happy to be contacted.",
            "Interested in the walking group but worried about the hills.",
            "Has a dog: any activity needs to allow for walking it twice a day.",
            "Benefits review due next month: offered help with the form.",
            "Said talking things through had helped more than expected.");

    private static final List<String> CONCERNS = List.of(
            "Disclosed that a neighbour has been taking money from her purse.",
            "Unexplained bruising on both forearms; said she fell but seemed frightened.",
            "Home very cold and little food in the house; says he cannot afford heating.",
            "Spoke of not wanting to go on; GP informed the same day.");

    private static final List<String> CONTACT_NOTES = List.of(
            "Talked about what matters to them and what they would like to change.",
            "Went through the options for local groups together.",
            "Checked in: things are steadier this week.",
            "Helped with a benefits form over the phone.",
            "Went with them to the lunch club for the first visit.",
            "Food bank voucher arranged; agreed to call again next week.");

    private final long seed;
    private final Random random;
    private final LocalDate end;
    private final LocalDate burstStart;
    private final LocalDate burstEnd;
    private final Map<UUID, ServiceCommand> services = new HashMap<>();
    private final Map<UUID, String> usernames = new HashMap<>();

    private DemoCaseGenerator(long seed, DemoIcs ics, LocalDate end) {
        this.seed = seed;
        this.random = new Random(seed * 37 + 5);
        this.end = end;
        LocalDate start = end.minusYears(2);
        this.burstStart = LocalDate.of(start.getYear() + (start.getMonthValue() > 3 ? 1 : 0), 3, 1);
        this.burstEnd = burstStart.plusMonths(4);
        for (NewService s : ics.workforce().services()) {
            services.put(s.id().value(), s.command());
        }
        for (NewPractitioner p : ics.workforce().practitioners()) {
            usernames.put(p.id().value(), DemoActivityGenerator.username(p.command().name()));
        }
        usernames.put(ics.linkWorkerId().value(), DemoActivityGenerator.LINK_WORKER);
    }

    static Batch generate(long seed, DemoIcs ics, LocalDate end, List<Accepted> accepted, String recordedBy) {
        DemoCaseGenerator generator = new DemoCaseGenerator(seed, ics, end);
        List<CaseHistory> cases = new ArrayList<>(accepted.size());
        for (Accepted a : accepted) {
            if (a.practitionerId() != null && a.acceptedAt().isBefore(generator.endInstant())) {
                cases.add(generator.history(a));
            }
        }
        return new Batch(cases, recordedBy);
    }

    private CaseHistory history(Accepted a) {
        // Each case draws from its own stream, seeded by what the access history fixed about it, so the same seed
        // gives the same casework whatever order the referrals come back in (their ids are random).
        random.setSeed(seed * 37 + java.util.Objects.hash(a.receivedAt(), a.acceptedAt(), a.serviceId(),
                a.practitionerId()));
        ServiceCommand service = services.get(a.serviceId());
        boolean transactional = service != null && service.engagement() == EngagementModel.TRANSACTIONAL
                && service.sessionCap() != null;
        Integer cap = transactional ? service.sessionCap() : null;
        Integer reviewWeeks = service == null || transactional ? null : service.reviewIntervalWeeks();
        String by = usernames.getOrDefault(a.practitionerId(), "practitioner");
        LocalDate opened = a.acceptedAt().atZone(DemoActivityGenerator.ZONE).toLocalDate();
        long age = ChronoUnit.DAYS.between(opened, end);
        // How long the work lasts: transactional services weeks, relational months; some end early.
        int length = transactional ? 14 + random.nextInt(50) : 30 + random.nextInt(120);
        ClosureReason reason = reason();
        if (reason == ClosureReason.UNABLE_TO_CONTACT || reason == ClosureReason.DECLINED_FURTHER_SUPPORT) {
            length = 10 + random.nextInt(30);
        }
        boolean demoCaseload = by.equals(DemoActivityGenerator.LINK_WORKER) && age < 200;
        boolean closes = age > length;
        LocalDate last = closes ? opened.plusDays(length) : end.minusDays(1);

        List<Contact> contacts = new ArrayList<>();
        int sessions = 0;
        LocalDate day = weekday(opened.plusDays(1 + random.nextInt(6)));
        boolean unreachable = reason == ClosureReason.UNABLE_TO_CONTACT && closes;
        int depthStep = 0;
        while (!day.isAfter(last) && day.isBefore(end)) {
            boolean failed = unreachable || random.nextInt(100) < 12;
            ContactMode mode = mode(day);
            if (failed) {
                contacts.add(new Contact(day, false, mode.inPerson() ? ContactMode.PHONE : mode, null, null, null,
                        random.nextInt(3) == 0 ? "No answer; left a message." : null, null, recorded(day), by));
                day = weekday(day.plusDays(1 + random.nextInt(4)));
                if (unreachable && contacts.size() >= 3) {
                    break;
                }
                continue;
            }
            String overCap = null;
            if (cap != null && sessions >= cap) {
                if (random.nextInt(8) != 0) {
                    break;
                }
                overCap = "Bereavement during the support: one more session agreed with the manager";
            }
            KindOfWork kind = kind(day);
            ContactDepth depth = depth(depthStep++);
            contacts.add(new Contact(day, true, mode, minutes(mode), kind, depth,
                    random.nextInt(4) == 0 ? CONTACT_NOTES.get(random.nextInt(CONTACT_NOTES.size())) : null, overCap,
                    recorded(day), by));
            sessions++;
            if (overCap != null) {
                break;
            }
            day = weekday(day.plusDays(inBurst(day) ? 4 + random.nextInt(8) : 7 + random.nextInt(15)));
        }

        List<Note> notes = new ArrayList<>();
        if (random.nextInt(100) < 30) {
            notes.add(new Note(NOTES.get(random.nextInt(NOTES.size())), false, recorded(weekday(opened.plusDays(3))), by,
                    null, null, null));
        }
        if (random.nextInt(100) < 4 || demoCaseload && random.nextInt(100) < 10) {
            LocalDate raised = weekday(opened.plusDays(random.nextInt((int) Math.max(1, Math.min(age, 60)))));
            if (raised.isBefore(end)) {
                boolean resolved = closes || ChronoUnit.DAYS.between(raised, end) > 30 && random.nextInt(10) < 8;
                LocalDate on = raised.plusDays(2 + random.nextInt(10));
                notes.add(new Note(CONCERNS.get(random.nextInt(CONCERNS.size())), true, recorded(raised), by,
                        resolved && on.isBefore(end) ? recorded(on) : null, resolved && on.isBefore(end) ? "manager" : null,
                        resolved && on.isBefore(end) ? "Discussed with the manager; referred to the adult safeguarding team"
                                : null));
            }
        }

        List<Task> tasks = new ArrayList<>();
        Closure closure = null;
        LocalDate lastContact = contacts.isEmpty() ? opened : contacts.get(contacts.size() - 1).on();
        if (closes) {
            LocalDate closedOn = weekday(lastContact.plusDays(1 + random.nextInt(7)));
            if (!closedOn.isBefore(end)) {
                closedOn = end.minusDays(1);
            }
            if (contacts.isEmpty() && reason != ClosureReason.UNABLE_TO_CONTACT && reason != ClosureReason.DIED) {
                reason = ClosureReason.DECLINED_FURTHER_SUPPORT;
            }
            closure = new Closure(reason, null, recorded(closedOn), by);
        } else {
            // The next contact: most within the coming three weeks, about a quarter already overdue.
            LocalDate due = end.plusDays(-7 + random.nextInt(28));
            if (due.isBefore(lastContact)) {
                due = lastContact.plusDays(7);
            }
            tasks.add(new Task("NEXT_CONTACT", contacts.isEmpty() ? "First contact" : "Next contact", due,
                    recorded(lastContact), by, null));
            if (reviewWeeks != null) {
                LocalDate review = opened.plusWeeks(reviewWeeks);
                while (review.isBefore(end.minusDays(10))) {
                    review = review.plusWeeks(reviewWeeks);
                }
                tasks.add(new Task("REVIEW", "Review the support", review, recorded(opened), by, null));
            }
        }
        return new CaseHistory(a.id().value(), a.personId(), a.serviceId(), a.practitionerId(), a.receivedAt(),
                a.acceptedAt(), a.acceptedBy() == null ? by : a.acceptedBy(), a.urgent(),
                a.riskFlags().stream().map(Enum::name).toList(), contacts, notes, tasks, closure);
    }

    private ClosureReason reason() {
        int roll = random.nextInt(100);
        if (roll < 34) {
            return ClosureReason.GOALS_MET;
        } else if (roll < 60) {
            return ClosureReason.CONNECTED_TO_COMMUNITY;
        } else if (roll < 70) {
            return ClosureReason.DECLINED_FURTHER_SUPPORT;
        } else if (roll < 80) {
            return ClosureReason.UNABLE_TO_CONTACT;
        } else if (roll < 85) {
            return ClosureReason.MOVED_AWAY;
        } else if (roll < 98) {
            return ClosureReason.REFERRED_ON;
        }
        return ClosureReason.DIED;
    }

    /** Face to face most of the time; phone, video and text during the burst, easing back over two months. */
    private ContactMode mode(LocalDate day) {
        int remote;
        if (inBurst(day)) {
            remote = 88;
        } else if (!day.isBefore(burstEnd) && day.isBefore(burstEnd.plusMonths(2))) {
            remote = 60;
        } else {
            remote = 30;
        }
        int roll = random.nextInt(100);
        if (roll < remote) {
            int r = random.nextInt(100);
            return r < 62 ? ContactMode.PHONE : r < 86 ? ContactMode.VIDEO : ContactMode.TEXT_OR_EMAIL;
        }
        int r = random.nextInt(100);
        return r < 45 ? ContactMode.FACE_TO_FACE_PRACTICE : r < 70 ? ContactMode.FACE_TO_FACE_HOME
                : r < 92 ? ContactMode.FACE_TO_FACE_COMMUNITY : ContactMode.GROUP;
    }

    private KindOfWork kind(LocalDate day) {
        int roll = random.nextInt(100);
        int emergency = inBurst(day) ? 38 : 8;
        return roll < emergency ? KindOfWork.EMERGENCY_WELFARE
                : roll < emergency + 11 ? KindOfWork.ADMINISTRATION : KindOfWork.CORE;
    }

    /** Early contacts are often signposting or light; the work deepens as the relationship builds. */
    private ContactDepth depth(int contactNumber) {
        int roll = random.nextInt(100);
        int holistic = Math.min(70, 20 + contactNumber * 12);
        return roll < holistic ? ContactDepth.HOLISTIC : roll < holistic + (100 - holistic) / 2 ? ContactDepth.LIGHT
                : ContactDepth.SIGNPOSTING;
    }

    private int minutes(ContactMode mode) {
        return switch (mode) {
            case PHONE, VIDEO -> 10 + random.nextInt(35);
            case TEXT_OR_EMAIL -> 5 + random.nextInt(10);
            case GROUP -> 60 + random.nextInt(61);
            default -> 30 + random.nextInt(46);
        };
    }

    private boolean inBurst(LocalDate day) {
        return !day.isBefore(burstStart) && day.isBefore(burstEnd);
    }

    private static LocalDate weekday(LocalDate day) {
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    private Instant recorded(LocalDate day) {
        int minutes = 9 * 60 + random.nextInt(8 * 60);
        Instant at = day.atTime(LocalTime.of(minutes / 60, minutes % 60)).atZone(DemoActivityGenerator.ZONE).toInstant();
        Instant limit = endInstant().minusSeconds(60);
        return at.isAfter(limit) ? limit : at;
    }

    private Instant endInstant() {
        return end.atStartOfDay(DemoActivityGenerator.ZONE).toInstant();
    }
}
