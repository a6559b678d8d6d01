package org.pathway.governance.users;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.pathway.governance.Role;
import org.pathway.platform.Refusal;
import org.pathway.platform.web.Forms;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The administrator's pages for sign-in accounts, under {@code /admin/users}. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private final UserAdministration users;

    UserAdminController(UserAdministration users) {
        this.users = users;
    }

    @ModelAttribute("roles")
    Role[] roles() {
        return Role.values();
    }

    @GetMapping
    String showUsers(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "role", required = false) String role,
            @RequestParam(name = "page", defaultValue = "1") String page, Model model) {
        Optional<Role> roleFilter = Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst();
        int pageNumber = parsePage(page);
        Page<UserView> result = users.search(q, roleFilter, pageNumber);
        if (pageNumber > 1 && pageNumber > result.getTotalPages() && result.getTotalPages() > 0) {
            result = users.search(q, roleFilter, result.getTotalPages());
            pageNumber = result.getTotalPages();
        }
        String text = q == null ? "" : q.strip();
        String roleName = roleFilter.map(Role::name).orElse("");
        model.addAttribute("q", text);
        model.addAttribute("selectedRole", roleName);
        model.addAttribute("users", result.getContent());
        model.addAttribute("total", result.getTotalElements());
        model.addAttribute("firstShown", result.getTotalElements() == 0 ? 0
                : (long) (pageNumber - 1) * UserAdministration.PAGE_SIZE + 1);
        model.addAttribute("lastShown", (long) (pageNumber - 1) * UserAdministration.PAGE_SIZE
                + result.getNumberOfElements());
        model.addAttribute("filtered", !text.isEmpty() || !roleName.isEmpty());
        model.addAttribute("pages", PageLinks.of(pageNumber, result.getTotalPages(), n -> {
            UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/admin/users");
            if (!text.isEmpty()) {
                uri.queryParam("q", text);
            }
            if (!roleName.isEmpty()) {
                uri.queryParam("role", roleName);
            }
            return uri.queryParam("page", n).build().encode().toUriString();
        }));
        return "admin/users/list";
    }

    @GetMapping("/new")
    String initCreateForm(Model model) {
        model.addAttribute("newUser", NewUserForm.empty());
        model.addAttribute("organisations", users.organisationOptions());
        return "admin/users/new";
    }

    @PostMapping
    String processCreateForm(@Valid @ModelAttribute("newUser") NewUserForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                UUID id = users.create(form);
                redirect.addFlashAttribute("flash", "Account created for " + form.username().strip()
                        + ". Give them their password in a secure way.");
                return "redirect:/admin/users/" + id;
            } catch (Refusal refused) {
                Forms.reject(result, refused);
            }
        }
        model.addAttribute("organisations", users.organisationOptions());
        return "admin/users/new";
    }

    @GetMapping("/{id}")
    String showUser(@PathVariable UUID id, Model model) {
        model.addAttribute("account", users.find(id));
        return "admin/users/show";
    }

    @GetMapping("/{id}/edit")
    String initUpdateForm(@PathVariable UUID id, Model model) {
        model.addAttribute("account", users.find(id));
        model.addAttribute("editUser", users.editFormFor(id));
        model.addAttribute("organisations", users.organisationOptions());
        return "admin/users/edit";
    }

    @PostMapping("/{id}/edit")
    String processUpdateForm(@PathVariable UUID id, @Valid @ModelAttribute("editUser") EditUserForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                String username = users.update(id, form);
                redirect.addFlashAttribute("flash", "Changes saved for " + username);
                return "redirect:/admin/users/" + id;
            } catch (Refusal refused) {
                Forms.reject(result, refused);
            }
        }
        model.addAttribute("account", users.find(id));
        model.addAttribute("organisations", users.organisationOptions());
        return "admin/users/edit";
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            String username = users.disable(id);
            redirect.addFlashAttribute("flash", username + "'s account is disabled. They have been signed out.");
        } catch (Refusal refused) {
            redirect.addFlashAttribute("problem", refused.firstMessage());
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable UUID id, RedirectAttributes redirect) {
        String username = users.enable(id);
        redirect.addFlashAttribute("flash", username + "'s account is enabled. They can sign in again.");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
        String username = users.unlock(id);
        redirect.addFlashAttribute("flash", username + "'s account is unlocked. They can sign in again.");
        return "redirect:/admin/users/" + id;
    }

    @GetMapping("/{id}/password")
    String initPasswordForm(@PathVariable UUID id, Model model) {
        model.addAttribute("account", users.find(id));
        model.addAttribute("passwordForm", new PasswordForm(""));
        return "admin/users/password";
    }

    @PostMapping("/{id}/password")
    String processPasswordForm(@PathVariable UUID id, @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        try {
            String username = users.resetPassword(id, form);
            redirect.addFlashAttribute("flash", "Password reset for " + username
                    + ". Give them the new password in a secure way.");
            return "redirect:/admin/users/" + id;
        } catch (Refusal refused) {
            Forms.reject(result, refused);
        }
        model.addAttribute("account", users.find(id));
        return "admin/users/password";
    }


    private static int parsePage(String page) {
        try {
            return Math.max(1, Integer.parseInt(page));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
