package org.pathway.partnerships.peersupport;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pathway.governance.PathwayUser;
import org.pathway.partnerships.PeerSupport;
import org.pathway.partnerships.PeerSupport.Group;
import org.pathway.partnerships.PeerSupport.Meeting;
import org.pathway.partnerships.PeerSupport.MeetingCommand;
import org.pathway.partnerships.PeerSupport.Member;
import org.pathway.partnerships.PeerSupport.MemberCommand;
import org.pathway.platform.NotFound;
import org.pathway.platform.Refusal;
import org.pathway.platform.UkDates;
import org.pathway.platform.UkTime;
import org.pathway.platform.web.Forms;
import org.pathway.platform.web.Option;
import org.pathway.platform.web.Submitted;
import org.pathway.workforce.PractitionerId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A group's members (added by the ICS lead, administrators or, for their own staff, a service manager) and its
 * meetings with attendance (recorded by a member, the ICS lead or an administrator).
 */
@Controller
class PeerMeetingController {

    private final PeerSupport peerSupport;
    private final PeerSupportService service;
    private final Clock clock;

    PeerMeetingController(PeerSupport peerSupport, PeerSupportService service, Clock clock) {
        this.peerSupport = peerSupport;
        this.service = service;
        this.clock = clock;
    }

    private Group group(UUID id, PathwayUser user) {
        return peerSupport.group(id, user).orElseThrow(() -> NotFound.of("peer-support group", id));
    }

    // Members

    @GetMapping("/peer-support/groups/{id}/members/new")
    @PreAuthorize(PeerSupport.VIEW)
    String initAddMemberForm(@PathVariable UUID id, @AuthenticationPrincipal PathwayUser user, Model model) {
        Group group = group(id, user);
        requireMayAddMembers(group);
        model.addAttribute("form", MemberForm.joining(UkTime.today(clock)));
        return memberForm(model, group, user, null);
    }

    @PostMapping("/peer-support/groups/{id}/members/new")
    @PreAuthorize(PeerSupport.VIEW)
    String processAddMemberForm(@PathVariable UUID id, @ModelAttribute("form") MemberForm form, BindingResult binding,
            @AuthenticationPrincipal PathwayUser user, Model model, RedirectAttributes redirect) {
        Group group = group(id, user);
        requireMayAddMembers(group);
        MemberCommand command = form.read(binding);
        if (!FormValues.problems(binding, () -> service.checkMember(id, command, user))) {
            try {
                peerSupport.addMember(id, command, user);
                redirect.addFlashAttribute("flash", "The member has been added to " + group.name());
                return "redirect:/peer-support/groups/" + id;
            } catch (Refusal refusal) {
                Forms.reject(binding, refusal);
            }
        }
        return memberForm(model, group, user, form.practitionerId());
    }

    private String memberForm(Model model, Group group, PathwayUser user, String chosen) {
        model.addAttribute("group", group);
        List<Option> candidates = new java.util.ArrayList<>(peerSupport.candidates(group.id(), user).stream()
                .map(p -> new Option(p.id().toString(), p.name() + ", " + p.employer().name())).toList());
        // A current member chosen again stays chosen, beside the message saying they are one already.
        group.current().stream().filter(m -> m.practitionerId().toString().equals(chosen) && m.employer() != null)
                .findFirst().ifPresent(m -> candidates.add(0, new Option(m.practitionerId().toString(),
                        m.name() + ", " + m.employer().name())));
        model.addAttribute("candidates", candidates);
        return "partnerships/peersupport/member-form";
    }

    private static void requireMayAddMembers(Group group) {
        if (!group.permits().addMembers()) {
            throw new AccessDeniedException("Only the ICS lead, administrators and service managers change members");
        }
    }

    @GetMapping("/peer-support/groups/{id}/members/{practitioner}/leave")
    @PreAuthorize(PeerSupport.VIEW)
    String initLeaveForm(@PathVariable UUID id, @PathVariable PractitionerId practitioner,
            @AuthenticationPrincipal PathwayUser user, Model model) {
        Group group = group(id, user);
        Member member = removable(group, practitioner);
        model.addAttribute("form", LeaveForm.leaving(UkTime.today(clock)));
        return leaveForm(model, group, member);
    }

    @PostMapping("/peer-support/groups/{id}/members/{practitioner}/leave")
    @PreAuthorize(PeerSupport.VIEW)
    String processLeaveForm(@PathVariable UUID id, @PathVariable PractitionerId practitioner,
            @ModelAttribute("form") LeaveForm form, BindingResult binding, @AuthenticationPrincipal PathwayUser user,
            Model model, RedirectAttributes redirect) {
        Group group = group(id, user);
        Member member = removable(group, practitioner);
        LocalDate leftOn = form.read(binding);
        if (!binding.hasErrors()) {
            try {
                peerSupport.memberLeaves(id, practitioner, leftOn, user);
                redirect.addFlashAttribute("flash", member.name() + " has left " + group.name());
                return "redirect:/peer-support/groups/" + id;
            } catch (Refusal refusal) {
                Forms.reject(binding, refusal);
            }
        }
        return leaveForm(model, group, member);
    }

    /** The current member, when this user may remove them: someone not a member is not found, another's staff 403. */
    private static Member removable(Group group, PractitionerId practitioner) {
        Member member = group.current().stream().filter(m -> m.practitionerId().equals(practitioner)).findFirst()
                .orElseThrow(() -> NotFound.of("member", practitioner));
        if (!member.removable()) {
            throw new AccessDeniedException("Not theirs to remove");
        }
        return member;
    }

    private String leaveForm(Model model, Group group, Member member) {
        model.addAttribute("group", group);
        model.addAttribute("member", member);
        return "partnerships/peersupport/leave-form";
    }

    // Meetings

    @GetMapping("/peer-support/groups/{id}/meetings/new")
    @PreAuthorize(PeerSupport.VIEW)
    String initMeetingForm(@PathVariable UUID id, @AuthenticationPrincipal PathwayUser user, Model model) {
        Group group = group(id, user);
        requireMayRecord(group);
        MeetingForm form = MeetingForm.blank(group.forum() == null ? null : group.forum().id().toString());
        model.addAttribute("form", form);
        return meetingForm(model, group, null, user, Submitted.of(form));
    }

    @PostMapping("/peer-support/groups/{id}/meetings/new")
    @PreAuthorize(PeerSupport.VIEW)
    String processMeetingForm(@PathVariable UUID id, @jakarta.validation.Valid @ModelAttribute("form") MeetingForm form,
            BindingResult binding, @AuthenticationPrincipal PathwayUser user, Model model,
            RedirectAttributes redirect) {
        Group group = group(id, user);
        requireMayRecord(group);
        MeetingCommand command = form.read(binding);
        if (!FormValues.problems(binding, () -> service.checkMeeting(id, null, command, user))) {
            try {
                peerSupport.recordMeeting(id, command, user);
                redirect.addFlashAttribute("flash", recorded(command));
                return "redirect:/peer-support/groups/" + id;
            } catch (Refusal refusal) {
                Forms.reject(binding, refusal);
            }
        }
        return meetingForm(model, group, null, user, Submitted.of(binding));
    }

    @GetMapping("/peer-support/groups/{id}/meetings/{meeting}/edit")
    @PreAuthorize(PeerSupport.VIEW)
    String initUpdateMeetingForm(@PathVariable UUID id, @PathVariable UUID meeting,
            @AuthenticationPrincipal PathwayUser user, Model model) {
        Group group = group(id, user);
        requireMayRecord(group);
        Meeting existing = peerSupport.meeting(id, meeting, user).orElseThrow(() -> NotFound.of("meeting", meeting));
        MeetingForm form = MeetingForm.of(existing);
        model.addAttribute("form", form);
        return meetingForm(model, group, existing, user, Submitted.of(form));
    }

    @PostMapping("/peer-support/groups/{id}/meetings/{meeting}/edit")
    @PreAuthorize(PeerSupport.VIEW)
    String processUpdateMeetingForm(@PathVariable UUID id, @PathVariable UUID meeting,
            @jakarta.validation.Valid @ModelAttribute("form") MeetingForm form, BindingResult binding,
            @AuthenticationPrincipal PathwayUser user, Model model, RedirectAttributes redirect) {
        Group group = group(id, user);
        requireMayRecord(group);
        Meeting existing = peerSupport.meeting(id, meeting, user).orElseThrow(() -> NotFound.of("meeting", meeting));
        MeetingCommand command = form.read(binding);
        if (!FormValues.problems(binding, () -> service.checkMeeting(id, meeting, command, user))) {
            try {
                peerSupport.updateMeeting(id, meeting, command, user);
                redirect.addFlashAttribute("flash", recorded(command));
                return "redirect:/peer-support/groups/" + id;
            } catch (Refusal refusal) {
                Forms.reject(binding, refusal);
            }
        }
        return meetingForm(model, group, existing, user, Submitted.of(binding));
    }

    private String recorded(MeetingCommand command) {
        return (command.heldOn().isAfter(UkTime.today(clock)) ? "The meeting planned for " : "The meeting on ")
                + UkDates.longDay(command.heldOn()) + " has been recorded";
    }

    private static void requireMayRecord(Group group) {
        if (!group.permits().recordMeetings()) {
            throw new AccessDeniedException("Only the group's members, the ICS lead and administrators record meetings");
        }
    }

    private String meetingForm(Model model, Group group, Meeting existing, PathwayUser user, Submitted submitted) {
        model.addAttribute("group", group);
        model.addAttribute("existing", existing);
        model.addAttribute("submitted", submitted);
        model.addAttribute("forums", peerSupport.forums(user).stream()
                .map(f -> new Option(f.id().toString(), f.name() + " (" + f.kind().label() + ")")).toList());
        List<Option> members = group.members().stream().map(m -> new Option(m.practitionerId().toString(),
                m.name() + (m.employer() == null ? "" : ", " + m.employer().name())
                        + (m.current() ? "" : " (left " + UkDates.longDay(m.leftOn()) + ")"))).toList();
        model.addAttribute("members", members);
        return "partnerships/peersupport/meeting-form";
    }
}
