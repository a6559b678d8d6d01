package org.pathway.workforce.profiles;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.pathway.governance.PathwayUser;
import org.pathway.platform.NotFound;
import org.pathway.platform.Refusal;
import org.pathway.platform.Text;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.OrganisationKind;
import org.pathway.workforce.OrganisationRef;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.PractitionerProfiles;
import org.pathway.workforce.PractitionerRegister;
import org.pathway.workforce.WorkforceEvents.ChampionNamed;
import org.pathway.workforce.WorkforceEvents.ProfileChanged;
import org.pathway.workforce.practitioners.PractitionerRecordAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Practitioners' profiles and practices' champions. */
@Service
class PractitionerProfilesService implements PractitionerProfiles {

    static final int MAX_LANGUAGES = 10;

    private final JdbcClient jdbc;
    private final ProfileQueries queries;
    private final PractitionerRegister register;
    private final PractitionerRecordAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PractitionerProfilesService(JdbcClient jdbc, ProfileQueries queries, PractitionerRegister register,
            PractitionerRecordAccess access, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.register = register;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<Specialism> specialisms() {
        return queries.specialisms();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Profile> profile(PractitionerId practitioner, PathwayUser user) {
        return register.practitioner(practitioner, user).map(p -> new Profile(practitioner, p.name(),
                queries.base(practitioner).orElse(null), queries.practicesOf(practitioner),
                queries.specialismsOf(practitioner), queries.languagesOf(practitioner),
                access.visible(practitioner, user).isPresent()));
    }

    /** The practices this practitioner may say they cover: those in their services' areas. */
    List<OrganisationRef> practicesOnOffer(PractitionerId practitioner) {
        return queries.practicesOnOffer(practitioner);
    }

    @Override
    @Transactional
    public void update(PractitionerId practitioner, ProfileCommand command, PathwayUser user) {
        register.practitioner(practitioner, user).orElseThrow(() -> NotFound.of("practitioner", practitioner));
        if (access.visible(practitioner, user).isEmpty()) {
            throw new AccessDeniedException("Only the practitioner or their manager changes their profile");
        }
        List<Refusal.Problem> problems = new ArrayList<>();
        Set<UUID> offered = new LinkedHashSet<>(queries.practicesOnOffer(practitioner).stream()
                .map(o -> o.id().value()).toList());
        if (command.practiceIds().stream().anyMatch(p -> !offered.contains(p.value()))) {
            problems.add(new Refusal.Problem("practiceIds",
                    "Choose practices in the areas of the services they deliver"));
        }
        Set<UUID> known = new LinkedHashSet<>(queries.specialisms().stream().map(Specialism::id).toList());
        if (command.specialismIds().stream().anyMatch(s -> !known.contains(s))) {
            problems.add(new Refusal.Problem("specialismIds", "Choose specialisms from the list"));
        }
        List<String> languages = new ArrayList<>();
        for (String language : command.languages()) {
            String clean = Text.blankToNull(language);
            if (clean != null && languages.stream().noneMatch(l -> l.equalsIgnoreCase(clean))) {
                languages.add(clean);
            }
        }
        if (languages.size() > MAX_LANGUAGES) {
            problems.add(new Refusal.Problem("languages", "Enter up to " + MAX_LANGUAGES + " languages"));
        } else if (languages.stream().anyMatch(l -> l.length() > 60 || !l.matches("[\\p{L} ()'’-]+"))) {
            problems.add(new Refusal.Problem("languages",
                    "Enter each language by its name, one per line, like British Sign Language"));
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        jdbc.sql("UPDATE workforce.practitioner SET base = ? WHERE id = ?")
                .params(command.base() == null ? null : command.base().name(), practitioner.value()).update();
        jdbc.sql("DELETE FROM workforce.practitioner_practice WHERE practitioner_id = ?").param(practitioner.value())
                .update();
        command.practiceIds().forEach(p -> jdbc.sql("INSERT INTO workforce.practitioner_practice "
                + "(practitioner_id, practice_id) VALUES (?, ?)").params(practitioner.value(), p.value()).update());
        jdbc.sql("DELETE FROM workforce.practitioner_specialism WHERE practitioner_id = ?").param(practitioner.value())
                .update();
        command.specialismIds().forEach(s -> jdbc.sql("INSERT INTO workforce.practitioner_specialism "
                + "(practitioner_id, specialism_id) VALUES (?, ?)").params(practitioner.value(), s).update());
        jdbc.sql("DELETE FROM workforce.practitioner_language WHERE practitioner_id = ?").param(practitioner.value())
                .update();
        languages.forEach(l -> jdbc.sql("INSERT INTO workforce.practitioner_language (practitioner_id, language) "
                + "VALUES (?, ?)").params(practitioner.value(), l).update());
        events.publishEvent(new ProfileChanged(practitioner.value(), command.base(),
                command.practiceIds().stream().map(OrganisationId::value).toList(),
                List.copyOf(command.specialismIds()), List.copyOf(languages), clock.instant()));
    }

    @Override
    public Optional<Champion> champion(OrganisationId practice) {
        return queries.champion(practice);
    }

    @Override
    @Transactional
    public void nameChampion(OrganisationId practice, ChampionCommand command, PathwayUser user) {
        OrganisationKind kind = jdbc.sql("SELECT kind FROM workforce.organisation WHERE id = ?").param(practice.value())
                .query((rs, n) -> OrganisationKind.valueOf(rs.getString("kind"))).optional()
                .orElseThrow(() -> NotFound.of("organisation", practice));
        if (kind != OrganisationKind.GP_PRACTICE) {
            throw Refusal.because("Only a GP practice has a social-prescribing champion");
        }
        String name = Text.blankToNull(command.name());
        String role = Text.blankToNull(command.role());
        String phone = Text.blankToNull(command.phone());
        String email = Text.blankToNull(command.email());
        List<Refusal.Problem> problems = new ArrayList<>();
        if (name != null && name.length() > 200) {
            problems.add(new Refusal.Problem("name", "Name must be 200 characters or fewer"));
        }
        if (name == null && (role != null || phone != null || email != null)) {
            problems.add(new Refusal.Problem("name", "Enter the champion’s name"));
        }
        if (role != null && role.length() > 100) {
            problems.add(new Refusal.Problem("role", "Role must be 100 characters or fewer"));
        }
        if (phone != null && (phone.length() > 40 || !phone.matches("[0-9 +()-]*"))) {
            problems.add(new Refusal.Problem("phone", "Enter a phone number, like 01872 555 0100"));
        }
        if (email != null && (email.length() > 200 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            problems.add(new Refusal.Problem("email", "Enter an email address, like jo.smith@nhs.net"));
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        if (name == null) {
            jdbc.sql("DELETE FROM workforce.practice_champion WHERE practice_id = ?").param(practice.value()).update();
        } else {
            jdbc.sql("""
                    INSERT INTO workforce.practice_champion (practice_id, name, role, phone, email, updated_by, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (practice_id) DO UPDATE SET name = EXCLUDED.name, role = EXCLUDED.role,
                      phone = EXCLUDED.phone, email = EXCLUDED.email, updated_by = EXCLUDED.updated_by,
                      updated_at = EXCLUDED.updated_at""")
                    .params(practice.value(), name, role, phone, email, user.getUsername(),
                            Timestamp.from(clock.instant())).update();
        }
        events.publishEvent(new ChampionNamed(practice.value(), name, clock.instant()));
    }
}
