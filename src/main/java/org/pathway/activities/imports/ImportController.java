package org.pathway.activities.imports;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Permissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The administrator's page to import an Open Referral UK / HSDS feed or a postcode lookup, and see the report. */
@Controller
@RequestMapping("/directory/import")
@PreAuthorize("hasAuthority('" + Permissions.DIRECTORY_IMPORT + "')")
class ImportController {

    private final HsdsImport hsds;
    private final PostcodeImport postcodes;
    private final ImportRunRepository runs;

    ImportController(HsdsImport hsds, PostcodeImport postcodes, ImportRunRepository runs) {
        this.hsds = hsds;
        this.postcodes = postcodes;
        this.runs = runs;
    }

    /** The name of the binding result that holds the problems of the page's two forms (feed, postcodes). */
    static final String FORMS = "importForms";

    record FeedForm(String feed, String url) {}

    @GetMapping
    String showImport(Model model) {
        return show(model, new FeedForm("", ""), new MapBindingResult(new LinkedHashMap<>(), FORMS));
    }

    @PostMapping("/feed")
    String importFeed(FeedForm form, @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal PathwayUser user, Model model) throws IOException {
        BindingResult errors = new MapBindingResult(new LinkedHashMap<>(), FORMS);
        boolean hasFile = file != null && !file.isEmpty();
        boolean hasUrl = form.url() != null && !form.url().isBlank();
        if (hasFile == hasUrl) {
            errors.rejectValue("url", "invalid", "Give either the feed's web address or a file, not both");
        } else if (hasFile && (form.feed() == null || form.feed().isBlank())) {
            errors.rejectValue("feed", "invalid", "Name the feed the file comes from, for example Exeter City Council directory");
        } else if (hasUrl && !form.url().strip().matches("(?i)^https?://\\S+$")) {
            errors.rejectValue("url", "invalid", "Enter a web address starting with http:// or https://");
        }
        if (errors.hasErrors()) {
            return show(model, form, errors);
        }
        HsdsImport.Report report = hasFile
                ? hsds.fromFile(file.getBytes(), file.getOriginalFilename(), form.feed(), user.displayName())
                : hsds.fromUrl(form.url(), form.feed(), user.displayName());
        model.addAttribute("report", report);
        return "activities/imports/feed-report";
    }

    @PostMapping("/postcodes")
    String importPostcodes(@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            BindingResult errors = new MapBindingResult(new LinkedHashMap<>(), FORMS);
            errors.rejectValue("postcodes", "invalid", "Choose a CSV file in the ONS Postcode Directory layout");
            return show(model, new FeedForm("", ""), errors);
        }
        try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            model.addAttribute("report", postcodes.load(reader, file.getOriginalFilename()));
        }
        return "activities/imports/postcode-report";
    }

    private String show(Model model, FeedForm form, BindingResult errors) {
        model.addAttribute("form", form);
        model.addAttribute(FORMS, errors.getTarget());
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORMS, errors);
        model.addAttribute("runs", runs.latest(10));
        model.addAttribute("postcodeCount", postcodes.held());
        return "activities/imports/import";
    }
}
