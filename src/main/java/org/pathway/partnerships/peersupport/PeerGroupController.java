package org.pathway.partnerships.peersupport;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.UUID;
import org.pathway.governance.PathwayUser;
import org.pathway.partnerships.PeerSupport;
import org.pathway.partnerships.PeerSupport.Group;
import org.pathway.partnerships.PeerSupport.GroupCommand;
import org.pathway.platform.NotFound;
import org.pathway.platform.Pagination;
import org.pathway.platform.Refusal;
import org.pathway.platform.web.Forms;
import org.pathway.platform.web.Option;
import org.pathway.platform.web.Submitted;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The ICS's peer-support groups (the user's own first), one group with its members and meetings, the group form. */
@Controller
class PeerGroupController {

    /** Groups a page. */
    static final int PAGE_SIZE = 25;
    /** Meetings a page on the group's page, the most recent first. */
    static final int MEETINGS_PAGE_SIZE = 10;

    private final PeerSupport peerSupport;
    private final PeerSupportService service;
    private final java.time.Clock clock;

    PeerGroupController(PeerSupport peerSupport, PeerSupportService service, java.time.Clock clock) {
        this.peerSupport = peerSupport;
        this.service = service;
        this.clock = clock;
    }

    @GetMapping("/peer-support")
    @PreAuthorize(PeerSupport.VIEW)
    String showGroups(@RequestParam(defaultValue = "1") int page, @AuthenticationPrincipal PathwayUser user,
            HttpServletRequest request, Model model) {
        var groups = peerSupport.groups(PageRequest.of(Forms.page(page), PAGE_SIZE), user);
        model.addAttribute("groups", groups);
        model.addAttribute("pages", Pagination.of(groups, request));
        model.addAttribute("mine", peerSupport.myGroups(user));
        model.addAttribute("mayManage", user.can(org.pathway.governance.Permissions.PEER_SUPPORT_MANAGE));
        return "partnerships/peersupport/groups";
    }

    @GetMapping("/peer-support/groups/{id}")
    @PreAuthorize(PeerSupport.VIEW)
    String showGroup(@PathVariable UUID id, @RequestParam(defaultValue = "1") int page,
            @AuthenticationPrincipal PathwayUser user, HttpServletRequest request, Model model) {
        Group group = peerSupport.group(id, user).orElseThrow(() -> NotFound.of("peer-support group", id));
        var meetings = peerSupport.meetings(id, PageRequest.of(Forms.page(page), MEETINGS_PAGE_SIZE), user);
        model.addAttribute("group", group);
        model.addAttribute("meetings", meetings);
        model.addAttribute("pages", Pagination.of(meetings, request));
        model.addAttribute("attendanceMonths", PeerSupport.ATTENDANCE_MONTHS);
        model.addAttribute("today", org.pathway.platform.UkTime.today(clock));
        return "partnerships/peersupport/group";
    }

    @GetMapping("/peer-support/groups/new")
    @PreAuthorize(PeerSupport.MANAGE)
    String initCreateForm(@AuthenticationPrincipal PathwayUser user, Model model) {
        GroupForm form = GroupForm.blank();
        model.addAttribute("form", form);
        return form(model, null, user, Submitted.of(form));
    }

    @PostMapping("/peer-support/groups/new")
    @PreAuthorize(PeerSupport.MANAGE)
    String processCreateForm(@Valid @ModelAttribute("form") GroupForm form, BindingResult binding,
            @AuthenticationPrincipal PathwayUser user, Model model, RedirectAttributes redirect) {
        GroupCommand command = form.read(binding);
        if (!FormValues.problems(binding, () -> service.checkGroup(command, null, user))) {
            try {
                UUID id = peerSupport.createGroup(command, user);
                redirect.addFlashAttribute("flash", command.name().strip() + " has been added");
                return "redirect:/peer-support/groups/" + id;
            } catch (Refusal refusal) {
                Forms.reject(binding, refusal);
            }
        }
        return form(model, null, user, Submitted.of(binding));
    }

    @GetMapping("/peer-support/groups/{id}/edit")
    @PreAuthorize(PeerSupport.MANAGE)
    String initUpdateForm(@PathVariable UUID id, @AuthenticationPrincipal PathwayUser user, Model model) {
        Group group = peerSupport.group(id, user).orElseThrow(() -> NotFound.of("peer-support group", id));
        GroupForm form = GroupForm.of(group);
        model.addAttribute("form", form);
        return form(model, group, user, Submitted.of(form));
    }

    @PostMapping("/peer-support/groups/{id}/edit")
    @PreAuthorize(PeerSupport.MANAGE)
    String processUpdateForm(@PathVariable UUID id, @Valid @ModelAttribute("form") GroupForm form,
            BindingResult binding, @AuthenticationPrincipal PathwayUser user, Model model,
            RedirectAttributes redirect) {
        Group group = peerSupport.group(id, user).orElseThrow(() -> NotFound.of("peer-support group", id));
        GroupCommand command = form.read(binding);
        if (!FormValues.problems(binding, () -> service.checkGroup(command, id, user))) {
            try {
                peerSupport.updateGroup(id, command, user);
                redirect.addFlashAttribute("flash", "Your changes to " + command.name().strip() + " have been saved");
                return "redirect:/peer-support/groups/" + id;
            } catch (Refusal refusal) {
                Forms.reject(binding, refusal);
            }
        }
        return form(model, group, user, Submitted.of(binding));
    }

    private String form(Model model, Group existing, PathwayUser user, Submitted submitted) {
        model.addAttribute("existing", existing);
        model.addAttribute("submitted", submitted);
        model.addAttribute("forums", peerSupport.forums(user).stream()
                .map(f -> new Option(f.id().toString(), f.name() + " (" + f.kind().label() + ")")).toList());
        model.addAttribute("builders", peerSupport.builders(user).stream()
                .map(b -> new Option(b.id().toString(), b.name() + ", " + b.organisationText())).toList());
        return "partnerships/peersupport/group-form";
    }
}
