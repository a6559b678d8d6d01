package org.pathway.workforce.organisations;

import jakarta.validation.Validator;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.pathway.governance.AuditLog;
import org.pathway.platform.NotFound;
import org.pathway.platform.Refusal;
import org.pathway.workforce.EmployerType;
import org.pathway.workforce.OrganisationCommand;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.OrganisationKind;
import org.pathway.workforce.OrganisationRef;
import org.pathway.workforce.OrganisationStructure;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the structure with SQL and changes it through the {@link Organisation} aggregate, checking each
 * change against what is stored: the parent's kind, a unique ODS code, children and staff that depend on it.
 * Public, as is {@link #add}, for the workforce loader ({@code workforce.loading}).
 */
@Service
@Transactional(readOnly = true)
public class OrganisationStructureService implements OrganisationStructure {

    private final OrganisationRepository organisations;
    private final JdbcClient jdbc;
    private final Validator validator;
    private final AuditLog audit;
    private final Clock clock;

    OrganisationStructureService(OrganisationRepository organisations, JdbcClient jdbc, Validator validator, AuditLog audit,
            Clock clock) {
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Page<OrganisationRow> search(OrganisationSearch search, Pageable pageable) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        Map<String, Object> params = new LinkedHashMap<>();
        if (search.kind() != null) {
            where.append(" AND o.kind = :kind");
            params.put("kind", search.kind().name());
        }
        if (search.text() != null && !search.text().isBlank()) {
            where.append(" AND (o.name ILIKE :pattern OR o.ods_code ILIKE :pattern"
                    + " OR replace(o.postcode, ' ', '') ILIKE :compact)");
            params.put("pattern", Sql.contains(search.text()));
            params.put("compact", Sql.contains(search.text().replace(" ", "")));
        }
        long total = jdbc.sql("SELECT count(*) FROM workforce.organisation o" + where).params(params)
                .query(Long.class).single();
        List<OrganisationRow> rows = jdbc.sql("""
                SELECT o.id, o.name, o.kind, o.ods_code, o.postcode, o.employer_type, p.name AS parent_name
                FROM workforce.organisation o LEFT JOIN workforce.organisation p ON p.id = o.parent_id"""
                + where + " ORDER BY lower(o.name), o.id LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query((rs, i) -> new OrganisationRow(new OrganisationId(rs.getObject("id", UUID.class)),
                        rs.getString("name"), OrganisationKind.valueOf(rs.getString("kind")),
                        rs.getString("ods_code"), rs.getString("postcode"),
                        Sql.enumValue(EmployerType.class, rs.getString("employer_type")), rs.getString("parent_name")))
                .list();
        return new PageImpl<>(rows, pageable, total);
    }

    @Override
    public Optional<OrganisationDetails> organisation(OrganisationId id) {
        return jdbc.sql("""
                SELECT o.id, o.name, o.kind, o.ods_code, o.postcode, o.employer_type, o.contracting, o.funding_source,
                       o.address, o.phone, p.id AS p_id, p.name AS p_name, p.kind AS p_kind, p.ods_code AS p_ods_code
                FROM workforce.organisation o LEFT JOIN workforce.organisation p ON p.id = o.parent_id
                WHERE o.id = ?""")
                .param(id.value())
                .query((rs, i) -> new OrganisationDetails(ref(rs, ""), rs.getString("postcode"),
                        Sql.enumValue(EmployerType.class, rs.getString("employer_type")),
                        Sql.enumValue(org.pathway.workforce.Contracting.class, rs.getString("contracting")),
                        Sql.enumValue(org.pathway.workforce.FundingSource.class, rs.getString("funding_source")),
                        rs.getObject("p_id") == null ? null : ref(rs, "p_"), children(id), rs.getString("address"),
                        rs.getString("phone")))
                .optional();
    }

    private List<OrganisationRef> children(OrganisationId id) {
        List<OrganisationRef> children = new ArrayList<>(jdbc.sql(
                        "SELECT id, name, kind, ods_code FROM workforce.organisation WHERE parent_id = ?")
                .param(id.value())
                .query((rs, i) -> ref(rs, ""))
                .list());
        children.sort(Comparator.comparing(OrganisationRef::kind)
                .thenComparing(r -> r.name().toLowerCase(java.util.Locale.UK)));
        return children;
    }

    @Override
    public Optional<OrganisationRef> ref(OrganisationId id) {
        return jdbc.sql("SELECT id, name, kind, ods_code FROM workforce.organisation WHERE id = ?")
                .param(id.value())
                .query((rs, i) -> ref(rs, ""))
                .optional();
    }

    @Override
    public List<OrganisationRef> organisations(Set<OrganisationKind> kinds) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id, name, kind, ods_code FROM workforce.organisation WHERE kind IN (:kinds)"
                        + " ORDER BY lower(name), id")
                .param("kinds", kinds.stream().map(Enum::name).toList())
                .query((rs, i) -> ref(rs, ""))
                .list();
    }

    @Override
    public List<OrganisationRef> employers() {
        return jdbc.sql("SELECT id, name, kind, ods_code FROM workforce.organisation"
                        + " WHERE employer_type IS NOT NULL ORDER BY lower(name), id")
                .query((rs, i) -> ref(rs, ""))
                .list();
    }

    @Override
    public List<Locality> localities() {
        record Node(OrganisationRef ref, UUID parentId) {}
        List<Node> nodes = jdbc.sql("""
                SELECT id, name, kind, ods_code, parent_id FROM workforce.organisation
                WHERE kind IN ('LOCALITY', 'PCN', 'GP_PRACTICE') ORDER BY lower(name), id""")
                .query((rs, i) -> new Node(ref(rs, ""), rs.getObject("parent_id", UUID.class)))
                .list();
        Map<UUID, List<OrganisationRef>> practicesByPcn = new LinkedHashMap<>();
        Map<UUID, List<Node>> pcnsByLocality = new LinkedHashMap<>();
        for (Node node : nodes) {
            if (node.ref().kind() == OrganisationKind.GP_PRACTICE) {
                practicesByPcn.computeIfAbsent(node.parentId(), k -> new ArrayList<>()).add(node.ref());
            } else if (node.ref().kind() == OrganisationKind.PCN) {
                pcnsByLocality.computeIfAbsent(node.parentId(), k -> new ArrayList<>()).add(node);
            }
        }
        return nodes.stream()
                .filter(n -> n.ref().kind() == OrganisationKind.LOCALITY)
                .map(l -> new Locality(l.ref(), pcnsByLocality.getOrDefault(l.ref().id().value(), List.of()).stream()
                        .map(p -> new Pcn(p.ref(), practicesByPcn.getOrDefault(p.ref().id().value(), List.of())))
                        .toList()))
                .toList();
    }

    @Override
    @Transactional
    public OrganisationId create(OrganisationCommand command) {
        OrganisationId id = add(OrganisationId.random(), command);
        audit.changed("organisation", id.toString(), "created " + command.kind() + " " + command.name());
        return id;
    }

    /** Creates an organisation with a chosen id, after the same checks as the form; not audited (see callers). */
    @Transactional
    public OrganisationId add(OrganisationId id, OrganisationCommand command) {
        Commands.check(validator, command);
        checkAgainstStructure(null, command);
        organisations.save(new Organisation(id, command, clock.instant()));
        return id;
    }

    @Override
    @Transactional
    public void update(OrganisationId id, OrganisationCommand command) {
        Organisation organisation = organisations.findById(id.value()).orElseThrow(
                () -> NotFound.of("organisation", id));
        Commands.check(validator, command);
        checkAgainstStructure(organisation, command);
        organisation.apply(command, clock.instant());
        audit.changed("organisation", id.toString(), "changed " + command.kind() + " " + command.name());
    }

    @Override
    public Optional<OrganisationCommand> commandFor(OrganisationId id) {
        return organisations.findById(id.value()).map(Organisation::toCommand);
    }

    private void checkAgainstStructure(Organisation existing, OrganisationCommand command) {
        List<Refusal.Problem> problems = new ArrayList<>();
        UUID selfId = existing == null ? null : existing.id().value();
        if (command.parentId() != null) {
            Optional<Organisation> parent = organisations.findById(command.parentId().value());
            if (parent.isEmpty() || parent.get().id().value().equals(selfId)) {
                problems.add(new Refusal.Problem("parentId", "Select an organisation from the list"));
            } else if (!command.kind().allowedParents().contains(parent.get().kind())) {
                String allowed = command.kind().allowedParents().stream().sorted()
                        .map(OrganisationKind::inSentence).reduce((a, b) -> a + " or " + b).orElse("nothing");
                String kind = command.kind().inSentence();
                problems.add(new Refusal.Problem("parentId", Character.toUpperCase(kind.charAt(0)) + kind.substring(1)
                        + " is part of " + allowed + ", not " + parent.get().kind().inSentence()));
            }
        }
        if (command.odsCode() != null && organisations.existsByOdsCodeAndIdNot(command.odsCode(),
                selfId == null ? new UUID(0, 0) : selfId)) {
            problems.add(new Refusal.Problem("odsCode", "Another organisation already has the ODS code " + command.odsCode()));
        }
        if (existing != null) {
            List<OrganisationKind> childKinds = jdbc.sql(
                            "SELECT DISTINCT kind FROM workforce.organisation WHERE parent_id = ?")
                    .param(selfId)
                    .query((rs, i) -> OrganisationKind.valueOf(rs.getString(1)))
                    .list();
            for (OrganisationKind childKind : childKinds) {
                if (!childKind.allowedParents().contains(command.kind())) {
                    problems.add(new Refusal.Problem("kind", "OrganisationRepository of kind " + childKind.label()
                            + " are part of this one: move them before changing its kind"));
                }
            }
            long dependants = jdbc.sql("""
                    SELECT (SELECT count(*) FROM workforce.service WHERE employer_id = :id)
                         + (SELECT count(*) FROM workforce.practitioner WHERE employer_id = :id)""")
                    .param("id", selfId)
                    .query(Long.class).single();
            if (dependants > 0 && command.employerType() == null) {
                problems.add(new Refusal.Problem("employerType", "This organisation runs services or employs "
                        + "practitioners, so it must keep an employer type"));
            }
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
    }

    private static OrganisationRef ref(ResultSet rs, String prefix) throws SQLException {
        return OrganisationRows.organisationRef(rs, prefix);
    }
}
