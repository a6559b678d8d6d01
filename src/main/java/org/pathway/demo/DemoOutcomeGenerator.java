package org.pathway.demo;

import org.pathway.platform.UkTime;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.pathway.engagement.ClosureReason;
import org.pathway.engagement.loading.OutcomesLoader.Action;
import org.pathway.engagement.loading.OutcomesLoader.Batch;
import org.pathway.engagement.loading.OutcomesLoader.CaseOutcomes;
import org.pathway.engagement.loading.OutcomesLoader.CaseWithoutOutcomes;
import org.pathway.engagement.loading.OutcomesLoader.Goal;
import org.pathway.engagement.loading.OutcomesLoader.Measure;
import org.pathway.engagement.loading.OutcomesLoader.Message;
import org.pathway.engagement.loading.OutcomesLoader.Progress;
import org.pathway.engagement.loading.OutcomesLoader.Review;
import org.pathway.engagement.loading.OutcomesLoader.WhatMatters;

/**
 * The demo's outcome stories for cases loaded as history: what matters to the person, goals and their progress,
 * outcome measures at baseline, review and closure, and whether a summary went back to the GP. On average people
 * improve, with spread (some get worse). Each case's story comes from a random generator seeded by the demo seed and
 * the case's referral, so a reload with the same seed tells the same stories. Pure: engagement's
 * {@link org.pathway.engagement.loading.OutcomesLoader} writes (and scores) what is decided here.
 */
final class DemoOutcomeGenerator {


    private static final String[] WHAT_MATTERS = {
        "Getting out of the house and seeing people again. Since my wife died the days are very long.",
        "Feeling useful. I used to run the allotment society and I miss having a purpose.",
        "Sorting out the money worries so I can sleep at night.",
        "Being able to walk to the shops on my own and not feeling so anxious about it.",
        "My grandchildren. I want to be well enough to look after them on Fridays.",
        "Meeting people who understand what caring for my husband is like.",
        "Getting back into work, even a few hours of volunteering to start with.",
        "Learning to use the computer so I can video call my daughter in Australia."};
    private static final String[][] GOALS = {
        {"CONNECTING", "Go to the Tuesday coffee morning at the church hall"},
        {"CONNECTING", "Join a walking group and go every week"},
        {"ACTIVITY", "Walk to the park and back three times a week"},
        {"WELLBEING", "Try the mindfulness course at the library"},
        {"MONEY", "Get a benefits check and apply for what I am entitled to"},
        {"HOUSING", "Get the damp in the flat sorted with the landlord"},
        {"WORK", "Start volunteering at the community garden"},
        {"DAILY_LIVING", "Learn to shop online for my groceries"},
        {"CARING", "Find a carers' group and a break for myself"},
        {"HEALTH", "Go to the diabetes education sessions"}};

    private DemoOutcomeGenerator() {}

    /** One entry per case (empty for a case too short or unreached to have outcomes), recorded by the link worker. */
    static Batch generate(long seed, LocalDate today, List<CaseWithoutOutcomes> cases, String recordedBy) {
        return new Batch(cases.stream().map(c -> story(seed, today, c)).toList(), recordedBy);
    }

    private static CaseOutcomes story(long seed, LocalDate today, CaseWithoutOutcomes c) {
        Random random = new Random(seed ^ c.referralId().getMostSignificantBits()
                ^ c.referralId().getLeastSignificantBits());
        boolean closed = c.closedAt() != null && c.reason() != null;
        LocalDate opened = c.openedAt().atZone(UkTime.ZONE).toLocalDate();
        LocalDate end = c.closedAt() == null ? today : c.closedAt().atZone(UkTime.ZONE).toLocalDate();
        long span = Math.max(0, ChronoUnit.DAYS.between(opened, end));
        boolean engaged = c.reason() != ClosureReason.UNABLE_TO_CONTACT;
        if (!engaged || span < 7) {
            // Nothing to measure or plan; a closed case still sent its codes back.
            return new CaseOutcomes(c.caseId(), List.of(), null, List.of(), List.of(), List.of(),
                    closed ? new Message(uuid(random), false) : null);
        }
        // A person's wellbeing in standard units below the population's, and how far it moves by the end.
        double start = -0.9 + random.nextGaussian() * 0.7;
        double gain = 0.45 + random.nextGaussian() * 0.55;
        LocalDate baselineOn = opened.plusDays(Math.min(span, 3 + random.nextInt(10)));
        List<LocalDate> occasions = new ArrayList<>(List.of(baselineOn));
        List<String> kinds = new ArrayList<>(List.of("BASELINE"));
        if (span >= 70) {
            occasions.add(opened.plusDays(span / 2));
            kinds.add("REVIEW");
        }
        boolean closingMeasures = c.closedAt() != null && (c.reason() == ClosureReason.GOALS_MET
                || c.reason() == ClosureReason.CONNECTED_TO_COMMUNITY || c.reason() == ClosureReason.REFERRED_ON
                || (c.reason() == ClosureReason.DECLINED_FURTHER_SUPPORT && random.nextBoolean()));
        if (closingMeasures && span >= 21) {
            occasions.add(end);
            kinds.add("CLOSURE");
        }
        boolean takesUcla = random.nextDouble() < 0.6;
        List<Measure> measures = new ArrayList<>();
        for (int i = 0; i < occasions.size(); i++) {
            double progress = (double) ChronoUnit.DAYS.between(baselineOn, occasions.get(i)) / Math.max(1, span);
            double w = start + gain * progress + random.nextGaussian() * 0.15;
            // Answers first, then the record's id: the order the generator has always drawn them in.
            measures.add(measure(random, "ONS4", kinds.get(i), occasions.get(i), ons4Answers(w, random)));
            measures.add(measure(random, "SWEMWBS", kinds.get(i), occasions.get(i), swemwbsAnswers(w, random)));
            if (takesUcla) {
                measures.add(measure(random, "UCLA3", kinds.get(i), occasions.get(i), uclaAnswers(w, random)));
            }
        }
        // What matters, goals with progress over time, actions and reviews.
        WhatMatters whatMatters = new WhatMatters(uuid(random), WHAT_MATTERS[random.nextInt(WHAT_MATTERS.length)],
                baselineOn);
        int goalCount = 1 + random.nextInt(3);
        List<Goal> goals = new ArrayList<>();
        List<Action> actions = new ArrayList<>();
        int first = random.nextInt(GOALS.length);
        for (int g = 0; g < goalCount; g++) {
            String[] goal = GOALS[(first + g * 3) % GOALS.length];
            UUID goalId = uuid(random);
            int from = 1 + random.nextInt(4);
            int to = Math.max(1, Math.min(10, from + (int) Math.round(gain * 6 + random.nextGaussian() * 1.5)));
            String status = c.closedAt() == null ? "ACTIVE"
                    : to >= 7 ? "ACHIEVED" : random.nextDouble() < 0.5 ? "NO_LONGER_RELEVANT" : "ACTIVE";
            List<Progress> progress = new ArrayList<>();
            for (int i = 0; i < occasions.size(); i++) {
                int score = i == 0 ? from : i == occasions.size() - 1 ? to : (from + to) / 2;
                progress.add(new Progress(uuid(random), occasions.get(i), score));
            }
            goals.add(new Goal(goalId, goal[0], goal[1], baselineOn.plusWeeks(12), status, baselineOn, c.closedAt(),
                    progress));
            actions.add(new Action(uuid(random), g == 0 ? "Me" : "My link worker",
                    g == 0 ? "Find out when it meets and go along with a friend"
                            : "Send the contact details and check in after the first visit",
                    baselineOn.plusWeeks(2), span > 21 ? baselineOn.plusWeeks(2) : null, baselineOn));
        }
        List<Review> reviews = List.of(new Review(uuid(random), baselineOn.plusWeeks(6), "Six-week review", baselineOn));
        return new CaseOutcomes(c.caseId(), measures, whatMatters, goals, actions, reviews,
                closed ? new Message(uuid(random), true) : null);
    }

    private static Measure measure(Random random, String code, String occasion, LocalDate on,
            Map<String, Integer> answers) {
        return new Measure(uuid(random), code, occasion, on, answers);
    }

    private static int clamp(double value, int min, int max) {
        return (int) Math.max(min, Math.min(max, Math.round(value)));
    }

    private static Map<String, Integer> ons4Answers(double w, Random random) {
        Map<String, Integer> a = new LinkedHashMap<>();
        a.put("life", clamp(7.4 + 1.8 * w + random.nextGaussian() * 0.9, 0, 10));
        a.put("worthwhile", clamp(7.7 + 1.6 * w + random.nextGaussian() * 0.9, 0, 10));
        a.put("happy", clamp(7.3 + 1.9 * w + random.nextGaussian() * 1.1, 0, 10));
        a.put("anxious", clamp(3.2 - 2.0 * w + random.nextGaussian() * 1.2, 0, 10));
        return a;
    }

    private static Map<String, Integer> swemwbsAnswers(double w, Random random) {
        Map<String, Integer> a = new LinkedHashMap<>();
        for (String code : List.of("optimistic", "useful", "relaxed", "problems", "clearly", "close", "own-mind")) {
            a.put(code, clamp(3.4 + 0.8 * w + random.nextGaussian() * 0.6, 1, 5));
        }
        return a;
    }

    private static Map<String, Integer> uclaAnswers(double w, Random random) {
        Map<String, Integer> a = new LinkedHashMap<>();
        for (String code : List.of("companionship", "left-out", "isolated")) {
            a.put(code, clamp(1.6 - 0.6 * w + random.nextGaussian() * 0.5, 1, 3));
        }
        a.put("lonely", clamp(3.6 + 1.0 * w + random.nextGaussian() * 0.8, 1, 5));
        return a;
    }

    /** An id drawn from the case's own generator, so a reload with the same seed gives the same ids. */
    private static UUID uuid(Random random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return UUID.nameUUIDFromBytes(bytes);
    }
}
