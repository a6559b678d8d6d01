package org.pathway.partnerships.peersupport;

import jakarta.validation.Valid;
import java.util.UUID;
import org.pathway.governance.PathwayUser;
import org.pathway.partnerships.ForumKind;
import org.pathway.partnerships.PeerSupport;
import org.pathway.partnerships.PeerSupport.BuilderCommand;
import org.pathway.partnerships.PeerSupport.CommunityBuilder;
import org.pathway.partnerships.PeerSupport.Forum;
import org.pathway.partnerships.PeerSupport.ForumCommand;
import org.pathway.platform.NotFound;
import org.pathway.platform.Refusal;
import org.pathway.platform.web.Forms;
import org.pathway.platform.web.Option;
import org.pathway.platform.web.Submitted;
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

/** The ICS's forums and community builders, kept by the ICS lead and administrators. */
@Controller
class ForumController {

    private final PeerSupport peerSupport;
    private final ForumsAndBuilders network;

    ForumController(PeerSupport peerSupport, ForumsAndBuilders network) {
        this.peerSupport = peerSupport;
        this.network = network;
    }

    // Forums

    @GetMapping("/peer-support/forums")
    @PreAuthorize(PeerSupport.MANAGE)
    String showForums(@AuthenticationPrincipal PathwayUser user, Model model) {
        model.addAttribute("forums", peerSupport.forums(user));
        return "partnerships/peersupport/forums";
    }

    @GetMapping("/peer-support/forums/new")
    @PreAuthorize(PeerSupport.MANAGE)
    String initCreateForumForm(@AuthenticationPrincipal PathwayUser user, Model model) {
        ForumForm form = ForumForm.blank();
        model.addAttribute("form", form);
        return forumForm(model, null, user, Submitted.of(form));
    }

    @PostMapping("/peer-support/forums/new")
    @PreAuthorize(PeerSupport.MANAGE)
    String processCreateForumForm(@Valid @ModelAttribute("form") ForumForm form, BindingResult binding,
            @AuthenticationPrincipal PathwayUser user, Model model, RedirectAttributes redirect) {
        ForumCommand command = form.read(binding);
        if (!FormValues.problems(binding, () -> network.checkForum(command, null, user))) {
            try {
                peerSupport.createForum(command, user);
                redirect.addFlashAttribute("flash", command.name().strip() + " has been added");
                return "redirect:/peer-support/forums";
            } catch (Refusal refusal) {
                Forms.reject(binding, refusal);
            }
        }
        return forumForm(model, null, user, Submitted.of(binding));
    }

    @GetMapping("/peer-support/forums/{id}/edit")
    @PreAuthorize(PeerSupport.MANAGE)
    String initUpdateForumForm(@PathVariable UUID id, @AuthenticationPrincipal PathwayUser user, Model model) {
        Forum forum = peerSupport.forum(id, user).orElseThrow(() -> NotFound.of("forum", id));
        ForumForm form = ForumForm.of(forum);
        model.addAttribute("form", form);
        return forumForm(model, forum, user, Submitted.of(form));
    }

    @PostMapping("/peer-support/forums/{id}/edit")
    @PreAuthorize(PeerSupport.MANAGE)
    String processUpdateForumForm(@PathVariable UUID id, @Valid @ModelAttribute("form") ForumForm form,
            BindingResult binding, @AuthenticationPrincipal PathwayUser user, Model model,
            RedirectAttributes redirect) {
        Forum forum = peerSupport.forum(id, user).orElseThrow(() -> NotFound.of("forum", id));
        ForumCommand command = form.read(binding);
        if (!FormValues.problems(binding, () -> network.checkForum(command, id, user))) {
            try {
                peerSupport.updateForum(id, command, user);
                redirect.addFlashAttribute("flash", "Your changes to " + command.name().strip() + " have been saved");
                return "redirect:/peer-support/forums";
            } catch (Refusal refusal) {
                Forms.reject(binding, refusal);
            }
        }
        return forumForm(model, forum, user, Submitted.of(binding));
    }

    private String forumForm(Model model, Forum existing, PathwayUser user, Submitted submitted) {
        model.addAttribute("existing", existing);
        model.addAttribute("submitted", submitted);
        model.addAttribute("kinds", Option.of(ForumKind.values(), ForumKind::label));
        model.addAttribute("organisations", network.organisations(user).stream()
                .map(o -> new Option(o.id().toString(), o.name() + " (" + o.kind().label() + ")")).toList());
        return "partnerships/peersupport/forum-form";
    }

    // Community builders

    @GetMapping("/peer-support/builders")
    @PreAuthorize(PeerSupport.MANAGE)
    String showBuilders(@AuthenticationPrincipal PathwayUser user, Model model) {
        model.addAttribute("builders", peerSupport.builders(user));
        return "partnerships/peersupport/builders";
    }

    @GetMapping("/peer-support/builders/new")
    @PreAuthorize(PeerSupport.MANAGE)
    String initCreateBuilderForm(@AuthenticationPrincipal PathwayUser user, Model model) {
        BuilderForm form = BuilderForm.blank();
        model.addAttribute("form", form);
        return builderForm(model, null, user, Submitted.of(form));
    }

    @PostMapping("/peer-support/builders/new")
    @PreAuthorize(PeerSupport.MANAGE)
    String processCreateBuilderForm(@Valid @ModelAttribute("form") BuilderForm form, BindingResult binding,
            @AuthenticationPrincipal PathwayUser user, Model model, RedirectAttributes redirect) {
        BuilderCommand command = form.read(binding);
        if (!FormValues.problems(binding, () -> network.checkBuilder(command, null, user))) {
            try {
                peerSupport.createBuilder(command, user);
                redirect.addFlashAttribute("flash", command.name().strip() + " has been added");
                return "redirect:/peer-support/builders";
            } catch (Refusal refusal) {
                Forms.reject(binding, refusal);
            }
        }
        return builderForm(model, null, user, Submitted.of(binding));
    }

    @GetMapping("/peer-support/builders/{id}/edit")
    @PreAuthorize(PeerSupport.MANAGE)
    String initUpdateBuilderForm(@PathVariable UUID id, @AuthenticationPrincipal PathwayUser user, Model model) {
        CommunityBuilder builder = peerSupport.builder(id, user).orElseThrow(() -> NotFound.of("builder", id));
        BuilderForm form = BuilderForm.of(builder);
        model.addAttribute("form", form);
        return builderForm(model, builder, user, Submitted.of(form));
    }

    @PostMapping("/peer-support/builders/{id}/edit")
    @PreAuthorize(PeerSupport.MANAGE)
    String processUpdateBuilderForm(@PathVariable UUID id, @Valid @ModelAttribute("form") BuilderForm form,
            BindingResult binding, @AuthenticationPrincipal PathwayUser user, Model model,
            RedirectAttributes redirect) {
        CommunityBuilder builder = peerSupport.builder(id, user).orElseThrow(() -> NotFound.of("builder", id));
        BuilderCommand command = form.read(binding);
        if (!FormValues.problems(binding, () -> network.checkBuilder(command, id, user))) {
            try {
                peerSupport.updateBuilder(id, command, user);
                redirect.addFlashAttribute("flash", "Your changes to " + command.name().strip() + " have been saved");
                return "redirect:/peer-support/builders";
            } catch (Refusal refusal) {
                Forms.reject(binding, refusal);
            }
        }
        return builderForm(model, builder, user, Submitted.of(binding));
    }

    private String builderForm(Model model, CommunityBuilder existing, PathwayUser user, Submitted submitted) {
        model.addAttribute("existing", existing);
        model.addAttribute("submitted", submitted);
        model.addAttribute("organisations", network.organisations(user).stream()
                .map(o -> new Option(o.id().toString(), o.name() + " (" + o.kind().label() + ")")).toList());
        model.addAttribute("localities", network.localities(user).stream()
                .map(o -> new Option(o.id().toString(), o.name())).toList());
        return "partnerships/peersupport/builder-form";
    }
}
