package org.pathway.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.pathway.workforce.AccessModel;
import org.pathway.workforce.Contracting;
import org.pathway.workforce.EquipmentItem;
import org.pathway.workforce.OrganisationCommand;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.OrganisationKind;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.Pulse;
import org.pathway.workforce.ServiceId;
import org.pathway.workforce.SupervisionKind;
import org.pathway.workforce.TimeUse;
import org.pathway.workforce.WorkBase;
import org.pathway.workforce.loading.WorkforceHistoryLoader;
import org.pathway.workforce.loading.WorkforceHistoryLoader.Champion;
import org.pathway.workforce.loading.WorkforceHistoryLoader.Completion;
import org.pathway.workforce.loading.WorkforceHistoryLoader.History;
import org.pathway.workforce.loading.WorkforceHistoryLoader.Mandatory;
import org.pathway.workforce.loading.WorkforceHistoryLoader.Profile;
import org.pathway.workforce.loading.WorkforceHistoryLoader.Provision;
import org.pathway.workforce.loading.WorkforceHistoryLoader.PulseAnswer;
import org.pathway.workforce.loading.WorkforceHistoryLoader.PulseSchedule;
import org.pathway.workforce.loading.WorkforceHistoryLoader.Session;
import org.pathway.workforce.loading.WorkforceHistoryLoader.TimeUseWeek;
import org.pathway.workforce.loading.WorkforceHistoryLoader.SupervisionRequirement;
import org.pathway.workforce.loading.WorkforceLoader.NewOrganisation;
import org.pathway.workforce.loading.WorkforceLoader.NewPractitioner;
import org.pathway.workforce.loading.WorkforceLoader.NewService;

/**
 * The demo ICS's workforce history from the first lockdown (23 March 2020) to today, carrying the seeds' contrasts:
 * PCN-employed practitioners got laptops, phones and remote record access months into the pandemic, had clinical
 * supervision rarely, lacked mental health training more often and scored lower on the pulse (most of all from April
 * 2020 to April 2021); subcontracted VCSE practitioners were mostly equipped early; NHS trust practitioners were
 * fully equipped before lockdown; Well-being Coordinators have specialisms and regular supervision.
 */
final class DemoWorkforceHistory {

    static final LocalDate LOCKDOWN = LocalDate.of(2020, 3, 23);
    static final LocalDate HISTORY_START = LocalDate.of(2020, 3, 2);
    static final LocalDate HARDEST_UNTIL = LocalDate.of(2021, 4, 30);
    private static final String[] LANGUAGES = {"Polish", "Portuguese", "Cornish", "British Sign Language", "Arabic",
            "Romanian", "Bengali", "Turkish"};
    private static final String[] CHAMPION_ROLES = {"Practice manager", "Care coordinator", "Reception team lead",
            "Practice nurse", "GP partner"};
    private static final String[] SPECIALISMS = {"End of life", "Dementia", "Mental health", "Young people",
            "Debt and housing", "Carers", "Long-term conditions"};

    enum Group { PCN, VCSE_SUBCONTRACTED, VCSE_DIRECT, TRUST, OTHER }

    private final Random random;
    private final Random timeUseRandom;
    private final LocalDate today;
    private final WorkforceHistoryLoader loader;

    private DemoWorkforceHistory(long seed, LocalDate today, WorkforceHistoryLoader loader) {
        this.random = new Random(seed ^ 0x5EED_F0CEL);
        this.timeUseRandom = new Random(seed ^ 0x71E5_05EL);
        this.today = today;
        this.loader = loader;
    }

    /** The history of this ICS's practitioners (the demo link worker's included), as on {@code today}. */
    static History generate(long seed, DemoIcs ics, List<NewPractitioner> extra, LocalDate today,
            WorkforceHistoryLoader loader) {
        return new DemoWorkforceHistory(seed, today, loader).history(ics, extra);
    }

    private History history(DemoIcs ics, List<NewPractitioner> extra) {
        Map<OrganisationId, OrganisationCommand> organisations = new HashMap<>();
        ics.workforce().organisations().forEach(o -> organisations.put(o.id(), o.command()));
        Map<ServiceId, NewService> services = new HashMap<>();
        ics.workforce().services().forEach(s -> services.put(s.id(), s));
        List<NewPractitioner> practitioners = new ArrayList<>(ics.workforce().practitioners());
        practitioners.addAll(extra);

        UUID safeguarding = loader.courseNamed("Safeguarding adults level 2");
        UUID governance = loader.courseNamed("Information governance");
        UUID induction = loader.courseNamed("Social prescribing link worker induction");
        UUID mentalHealth = loader.courseNamed("Mental health first aid");
        List<Mandatory> mandatory = new ArrayList<>();
        List<SupervisionRequirement> requirements = new ArrayList<>();
        for (NewService s : services.values()) {
            mandatory.add(new Mandatory(s.id(), safeguarding, 36));
            mandatory.add(new Mandatory(s.id(), governance, 12));
            mandatory.add(new Mandatory(s.id(), induction, null));
            boolean boundaried = s.command().access() == AccessModel.BOUNDARIED;
            if (boundaried) {
                mandatory.add(new Mandatory(s.id(), mentalHealth, 36));
            }
            requirements.add(new SupervisionRequirement(s.id(), SupervisionKind.MANAGERIAL, 4));
            requirements.add(new SupervisionRequirement(s.id(), SupervisionKind.CLINICAL, boundaried ? 4 : 6));
        }

        List<Completion> completions = new ArrayList<>();
        List<Session> sessions = new ArrayList<>();
        List<Provision> provisions = new ArrayList<>();
        List<Profile> profiles = new ArrayList<>();
        List<PulseAnswer> pulses = new ArrayList<>();
        List<TimeUseWeek> timeUse = new ArrayList<>();
        Map<OrganisationId, Integer> everyWeeks = new HashMap<>();
        for (NewPractitioner p : practitioners) {
            OrganisationCommand employer = organisations.get(p.command().employerId());
            Group group = group(employer);
            boolean coordinator = p.command().jobTitle().toLowerCase(java.util.Locale.UK).contains("well-being")
                    || p.command().jobTitle().toLowerCase(java.util.Locale.UK).contains("wellbeing");
            training(p.id(), group, safeguarding, governance, induction, mentalHealth, completions);
            supervision(p.id(), group, coordinator, sessions);
            equipment(p.id(), group, provisions);
            profiles.add(profile(p, group, coordinator, services, organisations));
            int every = group == Group.TRUST ? 2 : 4;
            everyWeeks.put(p.command().employerId(), every);
            pulse(p.id(), group, every, pulses);
            timeUse(p, group, timeUse);
        }
        List<PulseSchedule> schedules = everyWeeks.entrySet().stream()
                .map(e -> new PulseSchedule(e.getKey(), e.getValue())).toList();
        List<Champion> champions = new ArrayList<>();
        int n = 0;
        for (NewOrganisation o : ics.workforce().organisations()) {
            if (o.command().kind() == OrganisationKind.GP_PRACTICE && random.nextInt(100) < 55) {
                String name = SouthWest.GIVEN_NAMES[random.nextInt(SouthWest.GIVEN_NAMES.length)] + " "
                        + SouthWest.SURNAMES[random.nextInt(SouthWest.SURNAMES.length)];
                champions.add(new Champion(o.id(), name, CHAMPION_ROLES[random.nextInt(CHAMPION_ROLES.length)],
                        String.format("01872 555 %04d", 2000 + n++), null));
            }
        }
        return new History(mandatory, completions, requirements, sessions, provisions, profiles, champions, schedules,
                pulses, timeUse);
    }

    /**
     * Weekly time use since the first lockdown, most weeks recorded: PCN-employed practitioners spent far more of their
     * hours on welfare calls, practice admin and the emergency response until April 2021, and more than the others
     * since; trust practitioners the least. Drawn from its own random sequence so the rest of the history is unchanged.
     */
    private void timeUse(NewPractitioner p, Group group, List<TimeUseWeek> weeks) {
        Random random = timeUseRandom;
        // Shares of the week: welfare calls, practice admin, emergency response, training; hard times, then usual.
        double[] hard = switch (group) {
            case PCN -> new double[] {0.28, 0.08, 0.09, 0.03};
            case VCSE_SUBCONTRACTED -> new double[] {0.14, 0.02, 0.05, 0.04};
            case VCSE_DIRECT -> new double[] {0.12, 0.01, 0.05, 0.04};
            case TRUST -> new double[] {0.07, 0.0, 0.03, 0.05};
            case OTHER -> new double[] {0.15, 0.03, 0.05, 0.04};
        };
        double[] usual = switch (group) {
            case PCN -> new double[] {0.07, 0.09, 0.02, 0.04};
            case VCSE_SUBCONTRACTED, VCSE_DIRECT -> new double[] {0.03, 0.01, 0.0, 0.04};
            case TRUST -> new double[] {0.02, 0.0, 0.0, 0.05};
            case OTHER -> new double[] {0.04, 0.02, 0.01, 0.04};
        };
        double contracted = p.command().fte().doubleValue() * 37.5;
        for (LocalDate week = HISTORY_START; week.isBefore(TimeUse.weekOf(today)); week = week.plusWeeks(1)) {
            if (random.nextInt(100) >= 85) {
                continue; // not every week is recorded
            }
            boolean isHard = !week.isBefore(LOCKDOWN.minusDays(7)) && !week.isAfter(HARDEST_UNTIL);
            double[] shares = isHard ? hard : usual;
            double total = Math.max(4, contracted * (1 + random.nextGaussian() * 0.08) + (isHard ? 2 : 0));
            double[] other = new double[4];
            double otherSum = 0;
            for (int k = 0; k < 4; k++) {
                other[k] = halfHours(total * Math.max(0, shares[k] * (1 + random.nextGaussian() * 0.35)));
                otherSum += other[k];
            }
            double core = halfHours(Math.max(0, total - otherSum));
            if (core + otherSum == 0) {
                continue;
            }
            Instant at = week.plusDays(4 + random.nextInt(4)).atTime(12 + random.nextInt(6), random.nextInt(60))
                    .atZone(DemoActivityGenerator.ZONE).toInstant();
            weeks.add(new TimeUseWeek(p.id(), week, new TimeUse.Hours(hours(core), hours(other[0]), hours(other[1]),
                    hours(other[2]), hours(other[3])), at));
        }
    }

    private static double halfHours(double hours) {
        return Math.round(hours * 2) / 2.0;
    }

    private static java.math.BigDecimal hours(double hours) {
        return java.math.BigDecimal.valueOf(hours).setScale(1, java.math.RoundingMode.HALF_UP);
    }

    static Group group(OrganisationCommand employer) {
        if (employer == null || employer.employerType() == null) {
            return Group.OTHER;
        }
        return switch (employer.employerType()) {
            case PCN -> Group.PCN;
            case VCSE -> employer.contracting() == Contracting.DIRECT ? Group.VCSE_DIRECT : Group.VCSE_SUBCONTRACTED;
            case NHS_TRUST -> Group.TRUST;
            case LOCAL_AUTHORITY, OTHER -> Group.OTHER;
        };
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return from.plusDays(days <= 0 ? 0 : random.nextLong(days));
    }

    private void equipment(PractitionerId p, Group group, List<Provision> provisions) {
        LocalDate before = LocalDate.of(2019, 1, 7);
        LocalDate laptop;
        LocalDate mobile;
        LocalDate video;
        LocalDate record;
        switch (group) {
            case TRUST -> {
                laptop = between(before, LOCKDOWN.minusMonths(3));
                mobile = between(before, LOCKDOWN.minusMonths(2));
                video = between(before, LOCKDOWN.minusDays(10));
                record = between(before, LOCKDOWN.minusDays(5));
            }
            case VCSE_SUBCONTRACTED, VCSE_DIRECT -> {
                laptop = between(before, LOCKDOWN.minusMonths(1));
                mobile = between(before, LOCKDOWN.minusDays(3));
                video = between(LOCKDOWN.minusDays(21), LOCKDOWN.plusDays(5));
                record = random.nextInt(100) < 75 ? between(LOCKDOWN.minusDays(30), LOCKDOWN.plusDays(7))
                        : between(LOCKDOWN.plusMonths(2), LOCKDOWN.plusMonths(6));
            }
            case PCN -> {
                laptop = between(LOCKDOWN.plusMonths(3), LOCKDOWN.plusMonths(9));
                mobile = between(LOCKDOWN.plusMonths(2), LOCKDOWN.plusMonths(7));
                video = between(LOCKDOWN.plusMonths(1), LOCKDOWN.plusMonths(5));
                record = random.nextInt(100) < 10 ? null : between(LOCKDOWN.plusMonths(5), LOCKDOWN.plusMonths(12));
            }
            default -> {
                laptop = between(before, LOCKDOWN);
                mobile = between(LOCKDOWN, LOCKDOWN.plusMonths(3));
                video = between(LOCKDOWN, LOCKDOWN.plusMonths(1));
                record = between(LOCKDOWN.plusMonths(3), LOCKDOWN.plusMonths(9));
            }
        }
        provisions.add(new Provision(p, EquipmentItem.LAPTOP, laptop, null));
        provisions.add(new Provision(p, EquipmentItem.WORK_MOBILE, mobile, null));
        provisions.add(new Provision(p, EquipmentItem.VIDEO_LICENCE, video, null));
        if (record != null) {
            provisions.add(new Provision(p, EquipmentItem.REMOTE_RECORD_ACCESS, record, null));
        }
        if (group != Group.PCN && random.nextInt(100) < 60) {
            provisions.add(new Provision(p, EquipmentItem.WORKSPACE, between(before, LOCKDOWN.plusMonths(4)), null));
        }
    }

    private void training(PractitionerId p, Group group, UUID safeguarding, UUID governance, UUID induction,
            UUID mentalHealth, List<Completion> completions) {
        // Safeguarding every three years: done some time in the last 40 months (a few have lapsed or are due).
        LocalDate s = between(today.minusMonths(40), today.minusDays(20));
        completions.add(new Completion(p, safeguarding, s, s.plusMonths(36)));
        LocalDate g = between(today.minusMonths(group == Group.PCN ? 16 : 13), today.minusDays(10));
        completions.add(new Completion(p, governance, g, g.plusMonths(12)));
        if (random.nextInt(100) < 92) {
            completions.add(new Completion(p, induction, between(LocalDate.of(2019, 6, 1), LOCKDOWN.plusMonths(18)),
                    null));
        }
        int mentalHealthShare = group == Group.PCN ? 40 : 85;
        if (random.nextInt(100) < mentalHealthShare) {
            LocalDate m = between(today.minusMonths(38), today.minusDays(30));
            completions.add(new Completion(p, mentalHealth, m, m.plusMonths(36)));
        }
    }

    private void supervision(PractitionerId p, Group group, boolean coordinator, List<Session> sessions) {
        String clinician = "Dr " + SouthWest.SURNAMES[random.nextInt(SouthWest.SURNAMES.length)];
        String manager = SouthWest.GIVEN_NAMES[random.nextInt(SouthWest.GIVEN_NAMES.length)] + " "
                + SouthWest.SURNAMES[random.nextInt(SouthWest.SURNAMES.length)];
        boolean regular = group != Group.PCN || coordinator;
        int clinicalMin = regular ? 3 : 10;
        int clinicalMax = regular ? 6 : 20;
        for (LocalDate d = HISTORY_START.plusDays(random.nextInt(21)); d.isBefore(today);
                d = d.plusWeeks(clinicalMin + random.nextInt(clinicalMax - clinicalMin + 1))) {
            sessions.add(new Session(p, SupervisionKind.CLINICAL, d, clinician, 45 + 15 * random.nextInt(3)));
        }
        int managerialMax = group == Group.PCN ? 9 : 5;
        for (LocalDate d = HISTORY_START.plusDays(random.nextInt(14)); d.isBefore(today);
                d = d.plusWeeks(3 + random.nextInt(managerialMax - 2))) {
            sessions.add(new Session(p, SupervisionKind.MANAGERIAL, d, manager, 30 + 15 * random.nextInt(3)));
        }
        if (group != Group.PCN || random.nextBoolean()) {
            for (LocalDate d = HISTORY_START.plusDays(random.nextInt(30)); d.isBefore(today);
                    d = d.plusWeeks(6 + random.nextInt(6))) {
                sessions.add(new Session(p, SupervisionKind.PEER, d, "Peninsula link workers' peer group", 90));
            }
        }
    }

    private Profile profile(NewPractitioner p, Group group, boolean coordinator, Map<ServiceId, NewService> services,
            Map<OrganisationId, OrganisationCommand> organisations) {
        WorkBase base = switch (group) {
            case PCN -> WorkBase.GP_PRACTICE;
            case TRUST -> WorkBase.OFFICE;
            case VCSE_SUBCONTRACTED, VCSE_DIRECT -> random.nextBoolean() ? WorkBase.COMMUNITY : WorkBase.OFFICE;
            case OTHER -> random.nextInt(4) == 0 ? WorkBase.REMOTE : WorkBase.OFFICE;
        };
        List<OrganisationId> offered = new ArrayList<>();
        for (ServiceId s : p.command().serviceIds()) {
            NewService service = services.get(s);
            if (service == null) {
                continue;
            }
            for (OrganisationId area : service.command().areaIds()) {
                OrganisationCommand a = organisations.get(area);
                if (a != null && a.kind() == OrganisationKind.GP_PRACTICE) {
                    offered.add(area);
                } else {
                    organisations.forEach((id, o) -> {
                        if (o.kind() == OrganisationKind.GP_PRACTICE && area.equals(o.parentId())) {
                            offered.add(id);
                        }
                    });
                }
            }
        }
        java.util.Collections.shuffle(offered, random);
        Set<OrganisationId> practices = new LinkedHashSet<>(offered.subList(0, Math.min(offered.size(),
                1 + random.nextInt(3))));
        Set<UUID> specialisms = new LinkedHashSet<>();
        int count = coordinator ? 1 + random.nextInt(2) : random.nextInt(100) < 30 ? 1 : 0;
        for (int i = 0; i < count; i++) {
            specialisms.add(loader.specialismNamed(SPECIALISMS[random.nextInt(SPECIALISMS.length)]));
        }
        List<String> languages = new ArrayList<>(List.of("English"));
        if (random.nextInt(100) < 15) {
            languages.add(LANGUAGES[random.nextInt(LANGUAGES.length)]);
        }
        return new Profile(p.id(), base, practices, specialisms, languages);
    }

    private void pulse(PractitionerId p, Group group, int everyWeeks, List<PulseAnswer> pulses) {
        double usual = switch (group) {
            case TRUST -> 4.0;
            case VCSE_SUBCONTRACTED, VCSE_DIRECT -> 3.6;
            case PCN -> 3.1;
            case OTHER -> 3.4;
        };
        double hardest = switch (group) {
            case TRUST -> 0.2;
            case VCSE_SUBCONTRACTED, VCSE_DIRECT -> 0.5;
            case PCN -> 1.0;
            case OTHER -> 0.6;
        };
        double own = random.nextGaussian() * 0.3;
        for (LocalDate period = Pulse.periodStart(HISTORY_START, everyWeeks); !period.isAfter(today);
                period = period.plusWeeks(everyWeeks)) {
            if (random.nextInt(100) >= 80) {
                continue; // not every pulse is answered
            }
            boolean hard = !period.isBefore(LOCKDOWN.minusDays(14)) && !period.isAfter(HARDEST_UNTIL);
            double mean = usual + own - (hard ? hardest : 0);
            int workload = score(mean - (group == Group.PCN ? 0.5 : 0.1));
            int support = score(mean + (group == Group.TRUST ? 0.3 : 0) - (group == Group.PCN && hard ? 0.4 : 0));
            int clarity = score(mean - (group == Group.PCN ? 0.6 : 0));
            int confidence = score(mean - (group == Group.PCN ? 0.3 : 0));
            int wellbeing = score(mean);
            LocalDate day = period.plusDays(random.nextInt(Math.min(7 * everyWeeks, 10)));
            if (day.isAfter(today)) {
                continue;
            }
            Instant at = day.atTime(9 + random.nextInt(8), random.nextInt(60)).atZone(DemoActivityGenerator.ZONE)
                    .toInstant();
            String comment = hard && group == Group.PCN && random.nextInt(100) < 12
                    ? "Most of this week was welfare calls for the practice" : null;
            pulses.add(new PulseAnswer(p, period, at, workload, support, clarity, confidence, wellbeing, comment));
        }
    }

    private int score(double mean) {
        return (int) Math.max(1, Math.min(5, Math.round(mean + random.nextGaussian() * 0.7)));
    }
}
