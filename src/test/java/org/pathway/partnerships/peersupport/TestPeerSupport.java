package org.pathway.partnerships.peersupport;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.pathway.governance.PathwayUser;
import org.pathway.partnerships.ForumKind;
import org.pathway.partnerships.PeerSupport;
import org.pathway.partnerships.PeerSupport.BuilderCommand;
import org.pathway.partnerships.PeerSupport.ForumCommand;
import org.pathway.partnerships.PeerSupport.GroupCommand;
import org.pathway.partnerships.PeerSupport.MeetingCommand;
import org.pathway.partnerships.PeerSupport.MemberCommand;
import org.pathway.support.TestIcs;
import org.pathway.workforce.PractitionerId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Peer support on the test ICS, built through the {@link PeerSupport} facade as its ICS lead: a forum, a community
 * builder, a group with a name of the test's own, members and meetings. Each call makes records no other test sees.
 */
@Component
@ConditionalOnProperty(name = "pathway.test-ics", havingValue = "true")
public class TestPeerSupport {

    private final PeerSupport peerSupport;
    private final TestIcs ics;

    public TestPeerSupport(PeerSupport peerSupport, TestIcs ics) {
        this.peerSupport = peerSupport;
        this.ics = ics;
    }

    private PathwayUser lead() {
        return ics.user("icslead");
    }

    /** A name no other test uses: the prefix and a random tag. */
    public static String named(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public UUID forum(String name) {
        return TestIcs.as(lead(), () -> peerSupport.createForum(new ForumCommand(name, ForumKind.ONLINE,
                "Teams", ics.northPcn()), lead()));
    }

    /** A builder at Test Lunch Club who covers North Locality. */
    public UUID builder(String name) {
        return TestIcs.as(lead(), () -> peerSupport.createBuilder(new BuilderCommand(name, ics.provider(), null,
                null, null, Set.of(ics.northLocality())), lead()));
    }

    /** A group of its own, in a forum of its own, started on this day. */
    public UUID group(String name, LocalDate startedOn) {
        UUID forum = forum(name + " forum");
        return TestIcs.as(lead(), () -> peerSupport.createGroup(new GroupCommand(name, "Peer support for " + name,
                forum, Set.of(), startedOn), lead()));
    }

    public void member(UUID group, PractitionerId practitioner, LocalDate joinedOn) {
        TestIcs.as(lead(), () -> {
            peerSupport.addMember(group, new MemberCommand(practitioner, joinedOn), lead());
            return null;
        });
    }

    public void leaves(UUID group, PractitionerId practitioner, LocalDate leftOn) {
        TestIcs.as(lead(), () -> {
            peerSupport.memberLeaves(group, practitioner, leftOn, lead());
            return null;
        });
    }

    /** A meeting in the group's own forum attended by these members (none: planned). */
    public UUID meeting(UUID group, LocalDate heldOn, PractitionerId... attendees) {
        return TestIcs.as(lead(), () -> peerSupport.recordMeeting(group, new MeetingCommand(heldOn, null,
                "Topic of " + heldOn, new LinkedHashSet<>(Arrays.asList(attendees))), lead()));
    }
}
