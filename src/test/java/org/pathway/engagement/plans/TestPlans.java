package org.pathway.engagement.plans;

import java.time.LocalDate;
import java.util.UUID;
import org.pathway.governance.PathwayUser;
import org.springframework.context.ApplicationContext;

/**
 * A test mother for care plans: writes what matters to the person and their goals as the plan page does, through
 * the same checks. For tests of other packages (browser tests, {@code engagement.cases.TestCases}). The user must be
 * signed in; a refusal is thrown.
 */
public final class TestPlans {

    private final CarePlans plans;

    private TestPlans(CarePlans plans) {
        this.plans = plans;
    }

    public static TestPlans from(ApplicationContext context) {
        return new TestPlans(context.getBean(CarePlans.class));
    }

    /** A new version of what matters to the person, in their words. */
    public void whatMatters(UUID caseId, String words, PathwayUser user) {
        plans.saveWhatMatters(caseId, new CarePlans.WhatMattersForm(words), user);
    }

    /** A goal (domain: a {@link GoalDomain} name) with a target date and where the person is now, 1 to 10. */
    public void goal(UUID caseId, String domain, String wording, LocalDate target, int progress, PathwayUser user) {
        plans.addGoal(caseId, new CarePlans.GoalForm(domain, wording, String.valueOf(target.getDayOfMonth()),
                String.valueOf(target.getMonthValue()), String.valueOf(target.getYear()), String.valueOf(progress)),
                user);
    }
}
