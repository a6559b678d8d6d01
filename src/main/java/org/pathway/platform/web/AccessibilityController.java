package org.pathway.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The accessibility statement, open to everyone. */
@Controller
class AccessibilityController {

    @GetMapping("/accessibility")
    String showStatement() {
        return "accessibility";
    }
}
