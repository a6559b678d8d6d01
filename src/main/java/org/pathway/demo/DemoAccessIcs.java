package org.pathway.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.OrganisationKind;
import org.pathway.workforce.OrganisationRef;
import org.pathway.workforce.ReferralCriteria;
import org.pathway.workforce.ServiceCommand;
import org.pathway.workforce.loading.WorkforceLoader.NewOrganisation;
import org.pathway.workforce.loading.WorkforceLoader.NewPractitioner;
import org.pathway.workforce.loading.WorkforceLoader.NewService;

/**
 * The demo ICS as the access story needs it: its GP practices, its services with the criteria the workforce module
 * will hold for them (the same {@link ReferralCriteria} triage evaluates) and who delivers each, and the username
 * of each practitioner.
 */
final class DemoAccessIcs {

    record Practice(UUID id, UUID pcn, String district) {}

    record Service(UUID id, ServiceCommand command, ReferralCriteria criteria, List<UUID> practitioners,
            Set<UUID> practices) {}

    final List<Practice> practices = new ArrayList<>();
    final List<Service> services = new ArrayList<>();
    final Map<UUID, List<Service>> servicesByPractice = new LinkedHashMap<>();
    final Map<UUID, String> practitionerUsernames = new LinkedHashMap<>();

    DemoAccessIcs(DemoIcs ics) {
        Map<UUID, OrganisationRef> organisations = new LinkedHashMap<>();
        for (NewOrganisation o : ics.workforce().organisations()) {
            organisations.put(o.id().value(), new OrganisationRef(o.id(), o.command().name(), o.command().kind(),
                    o.command().odsCode()));
            if (o.command().kind() == OrganisationKind.GP_PRACTICE) {
                practices.add(new Practice(o.id().value(), o.command().parentId().value(),
                        o.command().postcode().split(" ")[0]));
            }
        }
        Map<UUID, List<UUID>> staff = new LinkedHashMap<>();
        for (NewPractitioner p : ics.workforce().practitioners()) {
            practitionerUsernames.put(p.id().value(), DemoActivityGenerator.username(p.command().name()));
            p.command().serviceIds().forEach(s -> staff.computeIfAbsent(s.value(), k -> new ArrayList<>()).add(p.id().value()));
        }
        practitionerUsernames.put(ics.linkWorkerId().value(), DemoActivityGenerator.LINK_WORKER);
        ics.linkWorkerServices().forEach(s -> staff.computeIfAbsent(s.value(), k -> new ArrayList<>())
                .add(ics.linkWorkerId().value()));
        for (NewService s : ics.workforce().services()) {
            Set<UUID> areas = new LinkedHashSet<>();
            s.command().areaIds().forEach(a -> areas.add(a.value()));
            Set<UUID> covered = new LinkedHashSet<>();
            for (Practice p : practices) {
                if (areas.isEmpty() || areas.contains(p.id()) || areas.contains(p.pcn())) {
                    covered.add(p.id());
                }
            }
            List<UUID> team = staff.getOrDefault(s.id().value(), List.of());
            Service service = new Service(s.id().value(), s.command(), criteria(s.command(), areas, covered, organisations),
                    team.isEmpty() ? List.of(ics.linkWorkerId().value()) : team, covered);
            services.add(service);
            covered.forEach(p -> servicesByPractice.computeIfAbsent(p, k -> new ArrayList<>()).add(service));
        }
    }

    /** The criteria as the workforce module stores them: what the service's model does not use is dropped. */
    private static ReferralCriteria criteria(ServiceCommand command, Set<UUID> areas, Set<UUID> covered,
            Map<UUID, OrganisationRef> organisations) {
        ServiceCommand s = command.normalised();
        return new ReferralCriteria(s.minAge(), s.maxAge(), s.includedNeeds(), s.excludedNeeds(), s.exclusions(),
                Boolean.TRUE.equals(s.readinessRequired()), areas.stream().map(organisations::get).toList(),
                covered.stream().map(OrganisationId::new).collect(java.util.stream.Collectors.toSet()));
    }

    /** The services whose area covers the practice, or {@code otherwise} when none does. */
    List<Service> covering(UUID practice, List<Service> otherwise) {
        return servicesByPractice.getOrDefault(practice, otherwise);
    }
}
