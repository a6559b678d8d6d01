package org.pathway.governance.security;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page, with what went wrong on the last attempt in words a person can act on. */
@Controller
class SignInController {

    @GetMapping("/sign-in")
    String signIn(@RequestParam(required = false) String error, HttpSession session, Model model) {
        if (error != null) {
            model.addAttribute("error", switch (error) {
                case "locked" -> "Your account is locked after too many failed attempts. Try again in 15 minutes, "
                        + "or ask an administrator to unlock it.";
                case "disabled" -> "Your account has been disabled. Ask an administrator if you need access.";
                default -> "Enter a correct username and password.";
            });
            Object last = session.getAttribute("pathway.lastUsername");
            model.addAttribute("username", last == null ? "" : last);
        }
        return "sign-in";
    }
}
