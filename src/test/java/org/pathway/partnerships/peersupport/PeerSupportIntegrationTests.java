package org.pathway.partnerships.peersupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pathway.PathwayIntegrationTest;
import org.pathway.governance.Accounts;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Role;
import org.pathway.partnerships.ForumKind;
import org.pathway.partnerships.PartnershipEvents.CommunityBuilderChanged;
import org.pathway.partnerships.PartnershipEvents.ForumChanged;
import org.pathway.partnerships.PartnershipEvents.PeerGroupChanged;
import org.pathway.partnerships.PartnershipEvents.PeerMeetingRecorded;
import org.pathway.partnerships.PartnershipEvents.PeerMembershipChanged;
import org.pathway.partnerships.PeerSupport;
import org.pathway.platform.UkDates;
import org.pathway.platform.UkTime;
import org.pathway.support.SignIns;
import org.pathway.support.TestIcs;
import org.pathway.workforce.OrganisationCommand;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.OrganisationKind;
import org.pathway.workforce.OrganisationStructure;
import org.pathway.workforce.PractitionerId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Peer-support groups on the test ICS: the ICS lead keeps forums, builders and groups; members come from any employer
 * (a service manager adds only their own staff); a member records meetings; attendance rates over the last 12 months;
 * the refusals, each with what was typed kept; the events; and the ICS boundary.
 */
@PathwayIntegrationTest
@RecordApplicationEvents
class PeerSupportIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestIcs ics;

    @Autowired
    SignIns signIns;

    @Autowired
    TestPeerSupport peer;

    @Autowired
    ApplicationEvents events;

    @Autowired
    JdbcClient jdbc;

    final LocalDate today = UkTime.today(Clock.systemUTC());

    static MockHttpServletRequestBuilder dated(MockHttpServletRequestBuilder request, String prefix, LocalDate date) {
        return request.param(prefix + "Day", date == null ? "" : String.valueOf(date.getDayOfMonth()))
                .param(prefix + "Month", date == null ? "" : String.valueOf(date.getMonthValue()))
                .param(prefix + "Year", date == null ? "" : String.valueOf(date.getYear()));
    }

    MockHttpServletRequestBuilder meeting(UUID group, LocalDate day, String topic, PractitionerId... attendees) {
        MockHttpServletRequestBuilder request = post("/peer-support/groups/" + group + "/meetings/new").with(csrf())
                .param("topic", topic).param("attendees", java.util.Arrays.stream(attendees)
                        .map(PractitionerId::toString).toArray(String[]::new));
        return dated(request, "held", day);
    }

    MockHttpServletRequestBuilder member(UUID group, PractitionerId practitioner, LocalDate joined) {
        return dated(post("/peer-support/groups/" + group + "/members/new").with(csrf())
                .param("practitionerId", practitioner == null ? "" : practitioner.toString()), "joined", joined);
    }

    long memberships(UUID group, PractitionerId practitioner) {
        return jdbc.sql("SELECT count(*) FROM partnerships.peer_group_member WHERE group_id = ? AND practitioner_id = ?")
                .params(group, practitioner.value()).query(Long.class).single();
    }

    static String groupId(String redirect) {
        return redirect.substring(redirect.lastIndexOf('/') + 1);
    }

    @Test
    void theIcsLeadKeepsForumsBuildersAndGroupsAndEachChangeIsAnnounced() throws Exception {
        String forumName = TestPeerSupport.named("Quayside forum");
        mvc.perform(post("/peer-support/forums/new").with(csrf()).with(signIns.as("icslead"))
                        .param("name", forumName).param("kind", "HYBRID").param("place", "Quay Hall and Teams")
                        .param("organiserId", ics.otherEmployer().toString()))
                .andExpect(status().is3xxRedirection());
        UUID forum = jdbc.sql("SELECT id FROM partnerships.peer_forum WHERE name = ?").param(forumName)
                .query(UUID.class).single();
        mvc.perform(get("/peer-support/forums").with(signIns.as("icslead"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(forumName), containsString("Hybrid"),
                        containsString("Other Wellbeing Trust"))));

        String builderName = TestPeerSupport.named("Bea Builder");
        mvc.perform(post("/peer-support/builders/new").with(csrf()).with(signIns.as("admin"))
                        .param("name", builderName).param("organisationName", "Rural Community Action")
                        .param("email", "bea@ruralaction.example.org")
                        .param("localityIds", ics.northLocality().toString()))
                .andExpect(status().is3xxRedirection());
        UUID builder = jdbc.sql("SELECT id FROM partnerships.community_builder WHERE name = ?").param(builderName)
                .query(UUID.class).single();

        String groupName = TestPeerSupport.named("Quayside peer support");
        String redirect = mvc.perform(dated(post("/peer-support/groups/new").with(csrf()).with(signIns.as("icslead"))
                        .param("name", groupName).param("purpose", "Link workers meeting across employers")
                        .param("forumId", forum.toString()).param("builderIds", builder.toString()), "started",
                        LocalDate.of(2020, 4, 2)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID group = UUID.fromString(groupId(redirect));
        for (String viewer : List.of("icslead", "admin", "manager", "linkworker", TestIcs.OTHER_MANAGER_USERNAME)) {
            mvc.perform(get(redirect).with(signIns.as(viewer))).andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString(groupName), containsString(forumName),
                            containsString(builderName), containsString("Rural Community Action"),
                            containsString("2 April 2020"))));
            mvc.perform(get("/peer-support").with(signIns.as(viewer))).andExpect(status().isOk())
                    .andExpect(content().string(containsString(groupName)));
        }
        // The header offers Peer support to those who may see it, and only them.
        mvc.perform(get("/directory").with(signIns.as("linkworker")))
                .andExpect(content().string(containsString("href=\"/peer-support\"")));
        mvc.perform(get("/directory").with(signIns.as("referrer")))
                .andExpect(content().string(not(containsString("href=\"/peer-support\""))));

        // Each change is announced for insight, with the ICS and the organisations it concerns.
        assertThat(events.stream(ForumChanged.class).filter(e -> e.forumId().equals(forum)))
                .singleElement().satisfies(e -> {
                    assertThat(e.icsId()).isEqualTo(ics.ics().value());
                    assertThat(e.kind()).isEqualTo(ForumKind.HYBRID);
                    assertThat(e.organiserId()).isEqualTo(ics.otherEmployer().value());
                });
        assertThat(events.stream(CommunityBuilderChanged.class).filter(e -> e.builderId().equals(builder)))
                .singleElement().satisfies(e -> {
                    assertThat(e.organisationId()).isNull();
                    assertThat(e.localityIds()).containsExactly(ics.northLocality().value());
                });
        assertThat(events.stream(PeerGroupChanged.class).filter(e -> e.groupId().equals(group)))
                .singleElement().satisfies(e -> {
                    assertThat(e.icsId()).isEqualTo(ics.ics().value());
                    assertThat(e.forumId()).isEqualTo(forum);
                    assertThat(e.builderIds()).containsExactly(builder);
                });

        // A change to the group is kept and announced again.
        mvc.perform(dated(post(redirect + "/edit").with(csrf()).with(signIns.as("admin")).param("name", groupName)
                        .param("purpose", "Changed purpose").param("forumId", forum.toString()), "started",
                        LocalDate.of(2020, 4, 2)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(redirect).with(signIns.as("icslead")))
                .andExpect(content().string(allOf(containsString("Changed purpose"), not(containsString(builderName)))));
        assertThat(events.stream(PeerGroupChanged.class).filter(e -> e.groupId().equals(group))).hasSize(2);
    }

    @Test
    void rolesWithoutPeerSupportAreRefusedAndOnlyTheLeadAndAdministratorsKeepGroupsForumsAndBuilders()
            throws Exception {
        UUID group = peer.group(TestPeerSupport.named("Refusals group"), LocalDate.of(2024, 1, 8));
        for (String role : List.of("referrer", "provider", "researcher")) {
            for (String page : List.of("/peer-support", "/peer-support/groups/" + group, "/peer-support/forums",
                    "/peer-support/builders", "/peer-support/groups/new",
                    "/peer-support/groups/" + group + "/meetings/new")) {
                mvc.perform(get(page).with(signIns.as(role))).andExpect(status().isForbidden());
            }
            mvc.perform(post("/peer-support/forums/new").with(csrf()).with(signIns.as(role)).param("name", "Nope")
                    .param("kind", "ONLINE")).andExpect(status().isForbidden());
        }
        for (String role : List.of("manager", "linkworker")) {
            for (String page : List.of("/peer-support/forums", "/peer-support/forums/new", "/peer-support/builders",
                    "/peer-support/builders/new", "/peer-support/groups/new", "/peer-support/groups/" + group + "/edit")) {
                mvc.perform(get(page).with(signIns.as(role))).andExpect(status().isForbidden());
            }
            mvc.perform(post("/peer-support/forums/new").with(csrf()).with(signIns.as(role)).param("name", "Nope")
                    .param("kind", "ONLINE")).andExpect(status().isForbidden());
        }
        // A link worker who is not a member neither adds members nor records a meeting; nor does a manager who is not.
        mvc.perform(get("/peer-support/groups/" + group + "/members/new").with(signIns.as("linkworker")))
                .andExpect(status().isForbidden());
        mvc.perform(member(group, ics.linkWorker(), today).with(signIns.as("linkworker")))
                .andExpect(status().isForbidden());
        for (String role : List.of("linkworker", "manager")) {
            mvc.perform(get("/peer-support/groups/" + group + "/meetings/new").with(signIns.as(role)))
                    .andExpect(status().isForbidden());
            mvc.perform(meeting(group, today, "Not theirs").with(signIns.as(role))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/peer-support/groups/" + group).with(signIns.as("linkworker")))
                .andExpect(content().string(allOf(not(containsString("Record a meeting")),
                        not(containsString("Add a member")), not(containsString("Change group")))));
        assertThat(jdbc.sql("SELECT count(*) FROM partnerships.peer_meeting WHERE group_id = ?").param(group)
                .query(Long.class).single()).isZero();
    }

    @Test
    void membersComeFromAnyEmployerButAManagerAddsAndRemovesOnlyTheirOwnStaff() throws Exception {
        String name = TestPeerSupport.named("Across employers");
        UUID group = peer.group(name, LocalDate.of(2024, 1, 8));
        String page = "/peer-support/groups/" + group;

        // The manager of Test Community Connect picks from their own staff only.
        mvc.perform(get(page + "/members/new").with(signIns.as("manager"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Test Link Worker, Test Community Connect"),
                        containsString("Sam Colleague, Test Community Connect"), not(containsString("Olly Other")))));
        // The ICS lead picks from every employer in the ICS.
        mvc.perform(get(page + "/members/new").with(signIns.as("icslead")))
                .andExpect(content().string(allOf(containsString("Test Link Worker, Test Community Connect"),
                        containsString("Olly Other, Other Wellbeing Trust"))));

        mvc.perform(member(group, ics.linkWorker(), LocalDate.of(2024, 2, 1)).with(signIns.as("manager")))
                .andExpect(status().is3xxRedirection());
        // Another organisation's practitioner: refused, and nothing is kept.
        mvc.perform(member(group, ics.otherLinkWorker(), LocalDate.of(2024, 2, 1)).with(signIns.as("manager")))
                .andExpect(status().isForbidden());
        assertThat(memberships(group, ics.otherLinkWorker())).isZero();
        mvc.perform(member(group, ics.otherLinkWorker(), LocalDate.of(2024, 3, 1))
                        .with(signIns.as(TestIcs.OTHER_MANAGER_USERNAME)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(member(group, ics.colleague(), LocalDate.of(2024, 1, 8)).with(signIns.as("icslead")))
                .andExpect(status().is3xxRedirection());
        assertThat(events.stream(PeerMembershipChanged.class).filter(e -> e.groupId().equals(group)))
                .extracting(PeerMembershipChanged::practitionerId, PeerMembershipChanged::employerId)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ics.linkWorker().value(), ics.employer().value()),
                        org.assertj.core.groups.Tuple.tuple(ics.otherLinkWorker().value(), ics.otherEmployer().value()),
                        org.assertj.core.groups.Tuple.tuple(ics.colleague().value(), ics.employer().value()));
        mvc.perform(get("/peer-support").with(signIns.as("icslead")))
                .andExpect(content().string(matchesPattern("(?s).*" + name + "</a>.*?3 members from 2 employers.*")));

        // A member twice is refused, with the choice and the date kept.
        mvc.perform(member(group, ics.linkWorker(), LocalDate.of(2024, 5, 6)).with(signIns.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("Test Link Worker is already a member of this group"),
                        containsString("value=\"" + ics.linkWorker() + "\" selected"),
                        containsString("value=\"6\""), containsString("value=\"2024\""))));
        // Before the group started, in the future, or an unreal date: refused with what was typed kept.
        mvc.perform(member(group, ics.otherLinkWorker(), LocalDate.of(2023, 12, 1)).with(signIns.as("icslead")))
                .andExpect(status().isOk());
        mvc.perform(dated(post(page + "/members/new").with(csrf()).param("practitionerId", ""), "joined",
                        LocalDate.of(2023, 12, 1)).with(signIns.as("icslead")))
                .andExpect(content().string(allOf(containsString("Select the practitioner to add"),
                        containsString("The date they joined must be on or after the group started (8 January 2024)"),
                        containsString("value=\"2023\""))));
        mvc.perform(post(page + "/members/new").with(csrf()).with(signIns.as("manager"))
                        .param("practitionerId", ics.colleague().toString()).param("joinedDay", "30")
                        .param("joinedMonth", "2").param("joinedYear", "2024"))
                .andExpect(content().string(allOf(containsString("Date they joined must be a real date"),
                        containsString("value=\"30\""), containsString("value=\"" + ics.colleague()
                                + "\" selected"))));

        // Removing: the manager their own staff member, never another organisation's.
        mvc.perform(get(page + "/members/" + ics.otherLinkWorker() + "/leave").with(signIns.as("manager")))
                .andExpect(status().isForbidden());
        mvc.perform(dated(post(page + "/members/" + ics.otherLinkWorker() + "/leave").with(csrf())
                        .with(signIns.as("manager")), "left", today)).andExpect(status().isForbidden());
        mvc.perform(dated(post(page + "/members/" + ics.colleague() + "/leave").with(csrf())
                        .with(signIns.as("manager")), "left", LocalDate.of(2024, 1, 1)))
                .andExpect(content().string(containsString(
                        "The date they left must be on or after the date they joined (8 January 2024)")));
        mvc.perform(dated(post(page + "/members/" + ics.colleague() + "/leave").with(csrf())
                        .with(signIns.as("manager")), "left", LocalDate.of(2024, 9, 30)))
                .andExpect(status().is3xxRedirection());
        assertThat(events.stream(PeerMembershipChanged.class).filter(e -> e.groupId().equals(group)
                && e.leftOn() != null)).singleElement().satisfies(e -> {
                    assertThat(e.practitionerId()).isEqualTo(ics.colleague().value());
                    assertThat(e.leftOn()).isEqualTo(LocalDate.of(2024, 9, 30));
                });
        // They may join again after the day they left, not on or before it.
        mvc.perform(member(group, ics.colleague(), LocalDate.of(2024, 9, 30)).with(signIns.as("manager")))
                .andExpect(content().string(containsString(
                        "Sam Colleague was a member until 30 September 2024: the date they joined again must be after that")));
        mvc.perform(member(group, ics.colleague(), LocalDate.of(2025, 1, 6)).with(signIns.as("manager")))
                .andExpect(status().is3xxRedirection());
        assertThat(memberships(group, ics.colleague())).isEqualTo(2);
    }

    @Test
    void aMemberRecordsAMeetingAndEachMembersAttendanceOverTwelveMonthsIsExact() throws Exception {
        LocalDate start = today.minusMonths(18);
        UUID group = peer.group(TestPeerSupport.named("Attendance"), start);
        peer.member(group, ics.linkWorker(), start);
        peer.member(group, ics.colleague(), start);
        peer.member(group, ics.otherLinkWorker(), start);
        PractitionerId lw = ics.linkWorker();
        PractitionerId sam = ics.colleague();
        PractitionerId olly = ics.otherLinkWorker();
        // Exactly twelve months ago: outside the window, though everyone came.
        peer.meeting(group, today.minusMonths(12), lw, sam, olly);
        LocalDate m1 = today.minusMonths(6);
        LocalDate m2 = today.minusMonths(4);
        LocalDate m3 = today.minusMonths(1);
        peer.meeting(group, m1, lw, sam, olly);
        peer.meeting(group, m2, olly);
        peer.meeting(group, m3, lw, olly);
        peer.leaves(group, olly, today.minusDays(20));

        // The link worker is a member: they record today's meeting from their own sign-in.
        mvc.perform(get("/peer-support/groups/" + group + "/meetings/new").with(signIns.as("linkworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Test Link Worker, Test Community Connect"),
                        containsString("Olly Other, Other Wellbeing Trust (left "))));
        LocalDate m4 = today.minusDays(3);
        mvc.perform(meeting(group, m4, "Looking after ourselves", lw, sam).with(signIns.as("linkworker")))
                .andExpect(status().is3xxRedirection());
        // A meeting ahead, with nobody ticked, is planned.
        mvc.perform(meeting(group, today.plusDays(10), "Planning the winter").with(signIns.as("linkworker")))
                .andExpect(status().is3xxRedirection());

        assertThat(events.stream(PeerMeetingRecorded.class).filter(e -> e.groupId().equals(group)
                && e.date().equals(m4))).singleElement().satisfies(e -> {
                    assertThat(e.planned()).isFalse();
                    assertThat(e.attendeePractitionerIds()).containsExactlyInAnyOrder(lw.value(), sam.value());
                    assertThat(e.memberCount()).isEqualTo(2);
                    assertThat(e.memberEmployers()).isEqualTo(Map.of(lw.value(), ics.employer().value(),
                            sam.value(), ics.employer().value()));
                    assertThat(e.icsId()).isEqualTo(ics.ics().value());
                });
        assertThat(events.stream(PeerMeetingRecorded.class).filter(e -> e.groupId().equals(group)
                && e.date().equals(m2))).singleElement().satisfies(e -> {
                    assertThat(e.memberCount()).isEqualTo(3);
                    assertThat(e.memberEmployers()).containsEntry(olly.value(), ics.otherEmployer().value());
                });
        assertThat(events.stream(PeerMeetingRecorded.class).filter(e -> e.groupId().equals(group)
                && e.planned())).singleElement().satisfies(e -> assertThat(e.attendeePractitionerIds()).isEmpty());

        // Held in the window: m1, m2, m3 and m4; Olly left before m4.
        // Test Link Worker: m1, m3, m4 of 4. Sam Colleague: m1, m4 of 4. Olly Other: m1, m2, m3 of 3... attended 3.
        String html = mvc.perform(get("/peer-support/groups/" + group).with(signIns.as("icslead")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).matches(Pattern.compile("(?s).*Sam Colleague</td>.*?2 of 4 \\(50%\\)"
                + ".*Test Link Worker</td>.*?3 of 4 \\(75%\\)"
                + ".*Olly Other</td>.*?" + java.util.regex.Pattern.quote(UkDates.day(today.minusDays(20)))
                + ".*?3 of 3 \\(100%\\).*"));
        // Meetings, the most recent first: the planned one, then the link worker's with 2 of the 2 members.
        assertThat(html).matches(Pattern.compile("(?s).*Meetings.*" + Pattern.quote(UkDates.day(today.plusDays(10)))
                + ".*?Planned.*" + Pattern.quote(UkDates.day(m4)) + ".*?Looking after ourselves.*?2 of 2"
                + ".*" + Pattern.quote(UkDates.day(m3)) + ".*?2 of 3.*" + Pattern.quote(UkDates.day(m2))
                + ".*?1 of 3.*"));

        // Sam misses the next one: 2 of 5 (40%).
        peer.meeting(group, today.minusDays(1), lw);
        mvc.perform(get("/peer-support/groups/" + group).with(signIns.as("manager")))
                .andExpect(content().string(allOf(containsString("2 of 5 (40%)"), containsString("4 of 5 (80%)"),
                        // Olly is another organisation's: his manager sees his attendance, not this one
                        matchesPattern("(?s).*Olly Other</td>.*?Shown to them and their managers.*"))));
        // A member sees their own attendance, not their colleagues'.
        mvc.perform(get("/peer-support/groups/" + group).with(signIns.as("linkworker")))
                .andExpect(content().string(allOf(containsString("4 of 5 (80%)"), not(containsString("2 of 5 (40%)")),
                        matchesPattern("(?s).*Sam Colleague</td>.*?Shown to them and their managers.*"),
                        containsString("Record a meeting"))));
        // The link worker sees the group as theirs; a manager sees no "My peer support".
        mvc.perform(get("/peer-support").with(signIns.as("linkworker")))
                .andExpect(content().string(matchesPattern("(?s).*My peer support.*Attendance.*Groups in your ICS.*")));
    }

    @Test
    void impossibleFutureEarlyAndDuplicateMeetingsAreRefusedWithWhatWasTypedKept() throws Exception {
        LocalDate start = LocalDate.of(2024, 3, 4);
        UUID group = peer.group(TestPeerSupport.named("Refused meetings"), start);
        peer.member(group, ics.linkWorker(), start);
        peer.member(group, ics.colleague(), LocalDate.of(2024, 6, 3));
        PractitionerId lw = ics.linkWorker();

        mvc.perform(post("/peer-support/groups/" + group + "/meetings/new").with(csrf()).with(signIns.as("icslead"))
                        .param("heldDay", "31").param("heldMonth", "2").param("heldYear", "2025")
                        .param("topic", "Typed topic").param("attendees", lw.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("Date of the meeting must be a real date"), containsString("value=\"31\""),
                        containsString("value=\"Typed topic\""), containsString("value=\"" + lw + "\" checked"))));
        mvc.perform(meeting(group, today.plusDays(7), "Ahead", lw).with(signIns.as("icslead")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(
                        "A meeting after today can only be planned: untick who attended, and record attendance once "
                                + "it has taken place"), containsString("value=\"Ahead\""),
                        containsString("value=\"" + today.plusDays(7).getYear() + "\""))));
        mvc.perform(meeting(group, LocalDate.of(2024, 3, 1), "Too early", lw).with(signIns.as("icslead")))
                .andExpect(content().string(containsString(
                        "The date of the meeting must be on or after the group started (4 March 2024)")));
        mvc.perform(meeting(group, LocalDate.of(2024, 4, 1), "Nobody").with(signIns.as("icslead")))
                .andExpect(content().string(containsString("Select who attended")));
        mvc.perform(meeting(group, LocalDate.of(2024, 4, 1), "Before Sam joined", lw, ics.colleague())
                        .with(signIns.as("icslead")))
                .andExpect(content().string(containsString("Sam Colleague was not a member of the group on 1 April 2024")));

        mvc.perform(meeting(group, LocalDate.of(2024, 4, 1), "First", lw).with(signIns.as("icslead")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(meeting(group, LocalDate.of(2024, 4, 1), "Sent twice", lw).with(signIns.as("icslead")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(
                        "The group already has a meeting on 1 April 2024: change that meeting instead"),
                        containsString("value=\"Sent twice\""))));
        assertThat(jdbc.sql("SELECT topic FROM partnerships.peer_meeting WHERE group_id = ?").param(group)
                .query(String.class).list()).containsExactly("First");

        // A planned meeting gets its attendance once it has taken place.
        UUID planned = peer.meeting(group, today.plusDays(14));
        mvc.perform(get("/peer-support/groups/" + group).with(signIns.as("icslead")))
                .andExpect(content().string(containsString("Planned")));
        mvc.perform(dated(post("/peer-support/groups/" + group + "/meetings/" + planned + "/edit").with(csrf())
                        .with(signIns.as("icslead")).param("topic", "Moved earlier").param("attendees", lw.toString()),
                        "held", today.minusDays(2)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT planned FROM partnerships.peer_meeting WHERE id = ?").param(planned)
                .query(Boolean.class).single()).isFalse();
        // Moving it onto the day of another meeting is the duplicate again.
        mvc.perform(dated(post("/peer-support/groups/" + group + "/meetings/" + planned + "/edit").with(csrf())
                        .with(signIns.as("icslead")).param("topic", "Clash").param("attendees", lw.toString()),
                        "held", LocalDate.of(2024, 4, 1)))
                .andExpect(content().string(containsString("The group already has a meeting on 1 April 2024")));
    }

    @Test
    void groupsForumsAndBuildersThatCannotBeAreShownBackWithWhatWasTypedKept() throws Exception {
        String existing = TestPeerSupport.named("Existing group");
        peer.group(existing, LocalDate.of(2024, 1, 1));
        mvc.perform(post("/peer-support/groups/new").with(csrf()).with(signIns.as("icslead"))
                        .param("name", "").param("purpose", "").param("startedDay", "").param("startedMonth", "")
                        .param("startedYear", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Enter the name of the group"),
                        containsString("Enter what the group is for"), containsString("Select the forum the group meets in"),
                        containsString("Enter the date the group started"))));
        mvc.perform(post("/peer-support/groups/new").with(csrf()).with(signIns.as("icslead"))
                        .param("name", existing.toUpperCase(java.util.Locale.UK)).param("purpose", "Kept purpose")
                        .param("startedDay", "30").param("startedMonth", "2").param("startedYear", "2024"))
                .andExpect(content().string(allOf(containsString("A group called " + existing.toUpperCase(
                        java.util.Locale.UK) + " is already recorded in your ICS"),
                        containsString("Date the group started must be a real date"),
                        containsString("Kept purpose"), containsString("value=\"30\""))));

        mvc.perform(post("/peer-support/forums/new").with(csrf()).with(signIns.as("icslead")).param("name", "")
                        .param("place", "Kept place"))
                .andExpect(content().string(allOf(containsString("Enter the name of the forum"),
                        containsString("Select how the forum meets"), containsString("value=\"Kept place\""))));
        mvc.perform(post("/peer-support/builders/new").with(csrf()).with(signIns.as("icslead"))
                        .param("name", "Kept Name").param("email", "not-an-email"))
                .andExpect(content().string(allOf(
                        containsString("Choose their organisation, or type its name if it is not in the list"),
                        containsString("Enter an email address in the correct format"),
                        containsString("Select the localities they cover"), containsString("value=\"Kept Name\""),
                        containsString("value=\"not-an-email\""))));
        mvc.perform(post("/peer-support/builders/new").with(csrf()).with(signIns.as("icslead"))
                        .param("name", "Both").param("organisationId", ics.employer().toString())
                        .param("organisationName", "Typed too").param("localityIds", ics.northLocality().toString()))
                .andExpect(content().string(allOf(
                        containsString("Choose their organisation from the list or type its name, not both"),
                        containsString("value=\"" + ics.northLocality() + "\" checked"))));
    }

    @Test
    void everythingStaysWithinTheUsersIcs() throws Exception {
        UUID group = peer.group(TestPeerSupport.named("Test ICS only"), LocalDate.of(2024, 1, 8));
        peer.member(group, ics.linkWorker(), LocalDate.of(2024, 1, 8));
        var setup = new PathwayUser(UUID.randomUUID(), "setup", "Setup", Role.ADMINISTRATOR, null, null, true, false);
        OrganisationId otherIcs = TestIcs.as(setup, () -> organisationStructure.create(new OrganisationCommand(
                OrganisationKind.ICS, "Peer Other ICS", "QZ7", null, null, null, null, "EX1 1AA")));
        accounts.ensureAccount(new Accounts.NewAccount("peerotherlead", "Other Lead", null, TestIcs.PASSWORD,
                Role.ICS_LEAD, otherIcs.value()));

        mvc.perform(get("/peer-support").with(signIns.as("peerotherlead"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("Test ICS only")),
                        containsString("No peer-support groups recorded yet"))));
        mvc.perform(get("/peer-support/groups/" + group).with(signIns.as("peerotherlead")))
                .andExpect(status().isNotFound());
        mvc.perform(member(group, ics.colleague(), LocalDate.of(2024, 2, 1)).with(signIns.as("peerotherlead")))
                .andExpect(status().isNotFound());
        mvc.perform(meeting(group, LocalDate.of(2024, 2, 1), "Not ours", ics.linkWorker())
                .with(signIns.as("peerotherlead"))).andExpect(status().isNotFound());
        // Their own group cannot take the test ICS's practitioners, nor its forums.
        UUID forum = jdbc.sql("SELECT forum_id FROM partnerships.peer_group WHERE id = ?").param(group)
                .query(UUID.class).single();
        mvc.perform(dated(post("/peer-support/groups/new").with(csrf()).with(signIns.as("peerotherlead"))
                        .param("name", "Other ICS group").param("purpose", "Theirs").param("forumId", forum.toString()),
                        "started", LocalDate.of(2024, 1, 8)))
                .andExpect(content().string(containsString("Choose a forum from the list")));
        var otherLead = signIns.user("peerotherlead");
        UUID theirs = TestIcs.as(otherLead, () -> {
            UUID f = peerSupport.createForum(new PeerSupport.ForumCommand("Their forum", ForumKind.ONLINE, null, null),
                    otherLead);
            return peerSupport.createGroup(new PeerSupport.GroupCommand("Their group", "Theirs", f, java.util.Set.of(),
                    LocalDate.of(2024, 1, 8)), otherLead);
        });
        mvc.perform(get("/peer-support/groups/" + theirs + "/members/new").with(signIns.as("peerotherlead")))
                .andExpect(content().string(allOf(not(containsString("Test Link Worker")),
                        containsString("There is no one else you can add"))));
        mvc.perform(member(theirs, ics.linkWorker(), LocalDate.of(2024, 2, 1)).with(signIns.as("peerotherlead")))
                .andExpect(content().string(containsString("Choose a practitioner from the list")));
        mvc.perform(get("/peer-support/groups/" + theirs).with(signIns.as("icslead"))).andExpect(status().isNotFound());
    }

    @Autowired
    OrganisationStructure organisationStructure;

    @Autowired
    Accounts accounts;

    @Autowired
    PeerSupport peerSupport;
}
