package org.pathway.access.triage;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pathway.access.ReferralId;
import org.pathway.access.referrals.ReferralStatus;
import org.pathway.access.triage.Triage.Figures;
import org.pathway.access.triage.Triage.QueuePage;
import org.pathway.access.triage.Triage.QueueRow;
import org.pathway.access.triage.Triage.ServiceQueue;
import org.pathway.access.triage.TriageQueueQueries.Counts;
import org.pathway.access.triage.TriageQueueQueries.Narrowing;
import org.pathway.access.triage.TriageQueueQueries.Row;
import org.pathway.governance.PathwayUser;
import org.pathway.people.People;
import org.pathway.people.PersonId;
import org.pathway.people.PersonSummary;
import org.pathway.workforce.DeliveryModel;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.ReferralCriteria;
import org.pathway.workforce.ServiceCatalogue;
import org.pathway.workforce.ServiceId;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** The triage queues: how many referrals wait in each service, one page of a service's queue, and its figures. */
@Component
class TriageQueues {

    static final int PAGE_SIZE = 25;
    static final int FIGURES_DAYS = 90;

    private final TriageScope scope;
    private final TriageQueueQueries queries;
    private final People people;
    private final ServiceCatalogue catalogue;
    private final TriageSettings settings;
    private final Clock clock;

    TriageQueues(TriageScope scope, TriageQueueQueries queries, People people, ServiceCatalogue catalogue,
            TriageSettings settings, Clock clock) {
        this.scope = scope;
        this.queries = queries;
        this.people = people;
        this.catalogue = catalogue;
        this.settings = settings;
        this.clock = clock;
    }

    List<ServiceQueue> queues(PathwayUser user) {
        Map<UUID, String> services = scope.services(user);
        if (services.isEmpty()) {
            return List.of();
        }
        Map<UUID, Counts> counts = queries.counts(services.keySet(), settings.overdueBefore());
        return services.entrySet().stream().map(e -> {
            Counts c = counts.getOrDefault(e.getKey(), Counts.NONE);
            return new ServiceQueue(new ServiceId(e.getKey()), e.getValue(), c.received(), c.waitlisted(), c.overdue());
        }).toList();
    }

    QueuePage queue(ServiceId service, ReferralStatus status, String search, int page, PathwayUser user) {
        String name = scope.service(service, user);
        ReferralStatus shown = status == ReferralStatus.WAITLISTED ? ReferralStatus.WAITLISTED : ReferralStatus.RECEIVED;
        Counts c = queries.counts(List.of(service.value()), settings.overdueBefore())
                .getOrDefault(service.value(), Counts.NONE);
        String text = search == null || search.isBlank() ? null : search.strip();
        // A search narrows to the referrals whose reference contains the text or whose person's name does: the
        // people module says which of this queue's people are so named (ids only).
        Narrowing narrowing = null;
        if (text != null) {
            List<UUID> queued = queries.queuedPeople(service.value(), shown);
            UUID[] named = people.namedAmong(text, queued.stream().map(PersonId::new).toList()).stream()
                    .map(PersonId::value).toArray(UUID[]::new);
            narrowing = Narrowing.of(text, named);
        }
        long total = narrowing == null ? c.of(shown) : queries.countMatching(service.value(), shown, narrowing);
        int number = Math.max(0, page);
        long offset = (long) number * PAGE_SIZE;
        List<Row> rows = queries.page(service.value(), shown, narrowing, PAGE_SIZE, offset);
        Map<PersonId, PersonSummary> persons = rows.isEmpty() ? Map.of()
                : people.findAll(rows.stream().map(r -> new PersonId(r.personId())).collect(Collectors.toSet()));
        DeliveryModel model = catalogue.deliveryModel(service).orElseThrow();
        LocalDate today = settings.today();
        List<QueueRow> shownRows = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            PersonSummary person = persons.get(new PersonId(r.personId()));
            Integer age = TriageChoices.age(person, today);
            boolean meets = model.criteria().evaluate(new ReferralCriteria.Facts(age, r.needs(), r.flags(), r.ready(),
                    r.practice() == null ? null : new OrganisationId(r.practice()))).meetsCriteria();
            LocalDate received = TriageSettings.day(r.receivedAt());
            int waiting = settings.workingDays().between(received, today);
            boolean waitlisted = r.status() == ReferralStatus.WAITLISTED;
            LocalDate waitlistedOn = TriageSettings.day(r.waitlistedAt());
            Integer position = !waitlisted ? null
                    : text == null ? (int) (offset + i + 1)
                    : queries.waitingListPosition(service.value(), r.receivedAt(), r.id());
            shownRows.add(new QueueRow(new ReferralId(r.id()), r.reference(),
                    person == null ? "Unknown person" : person.fullName(), age, ReferralLabels.needs(r.needs()),
                    r.urgent(), ReferralLabels.flags(r.flags(), r.safeguarding()), received, waiting,
                    r.status() == ReferralStatus.RECEIVED && waiting >= settings.unactionedWorkingDays(), meets,
                    r.status(), position, waitlistedOn,
                    waitlistedOn == null ? null : (int) ChronoUnit.DAYS.between(waitlistedOn, today)));
        }
        Page<QueueRow> result = new PageImpl<>(shownRows, PageRequest.of(number, PAGE_SIZE), total);
        return new QueuePage(service, name, shown, result, c.received(), c.waitlisted(), c.overdue(),
                settings.unactionedWorkingDays(), text);
    }

    Figures figures(ServiceId service, PathwayUser user) {
        String name = scope.service(service, user);
        TriageQueueQueries.FigureValues v = queries.figures(service.value(), clock.instant().minus(FIGURES_DAYS, ChronoUnit.DAYS));
        return new Figures(service, name, FIGURES_DAYS, v.accepted(), v.acceptedOutside(),
                v.accepted() == 0 ? null : (double) v.acceptedOutside() / v.accepted(), v.actioned(),
                v.medianSeconds() == null ? null : v.medianSeconds() / 3600,
                v.p90Seconds() == null ? null : v.p90Seconds() / 3600);
    }
}
