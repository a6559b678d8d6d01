package org.pathway.activities.hsds;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.pathway.activities.directory.PostcodeLookup;
import org.pathway.platform.Text;
import org.pathway.shared.Postcode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public, read-only Open Referral UK / HSDS 3.0 API: no sign-in, CORS open, public listings only. Unknown
 * or non-public ids and bad parameters get a JSON error body.
 */
@RestController
@CrossOrigin(origins = "*", methods = {org.springframework.web.bind.annotation.RequestMethod.GET})
@RequestMapping(path = "/hsds", produces = MediaType.APPLICATION_JSON_VALUE)
class HsdsController {

    static final int DEFAULT_PER_PAGE = 50;
    static final int MAX_PER_PAGE = 500;
    static final String PROFILE = "https://github.com/OpenReferralUK/uk-profile";
    static final String OPENAPI = "https://raw.githubusercontent.com/OpenReferralUK/uk-profile/main/profile/openapi.json";
    private static final List<String> DAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    private final HsdsQueries reads;
    private final PostcodeLookup postcodes;

    HsdsController(HsdsQueries reads, PostcodeLookup postcodes) {
        this.reads = reads;
        this.postcodes = postcodes;
    }

    /** A request the API cannot answer: 400 for bad parameters, 404 for unknown ids. */
    static final class ApiProblem extends RuntimeException {
        final HttpStatus status;

        ApiProblem(HttpStatus status, String message) {
            super(message);
            this.status = status;
        }
    }

    @GetMapping({"", "/"})
    Map<String, Object> root() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", "3.0");
        root.put("profile", PROFILE);
        root.put("openapi_url", OPENAPI);
        return root;
    }

    @GetMapping("/services")
    Map<String, Object> services(@RequestParam Map<String, String> params) {
        int page = positive(params, "page", 1);
        int perPage = perPage(params);
        HsdsQueries.Page result = reads.services(query(params, false), page, perPage, "true".equals(params.get("full")));
        return page(result, page, perPage);
    }

    @GetMapping("/services/{id}")
    Map<String, Object> service(@PathVariable String id) {
        return reads.service(uuid(id, "id")).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND,
                "No public service has id " + id));
    }

    @GetMapping("/service_at_locations")
    Map<String, Object> serviceAtLocations(@RequestParam Map<String, String> params) {
        int page = positive(params, "page", 1);
        int perPage = perPage(params);
        return page(reads.serviceAtLocations(query(params, true), page, perPage), page, perPage);
    }

    @GetMapping("/taxonomies")
    Map<String, Object> taxonomies(@RequestParam Map<String, String> params) {
        int page = positive(params, "page", 1);
        int perPage = perPage(params);
        return page(reads.taxonomies(page, perPage), page, perPage);
    }

    @GetMapping("/taxonomy_terms")
    Map<String, Object> taxonomyTerms(@RequestParam Map<String, String> params) {
        int page = positive(params, "page", 1);
        int perPage = perPage(params);
        return page(reads.taxonomyTerms(optionalUuid(params, "taxonomy_id"), optionalUuid(params, "parent_id"),
                "true".equals(params.get("top_only")), Text.blankToNull(params.get("search")), page, perPage), page, perPage);
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<Map<String, Object>> problem(ApiProblem problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", problem.status.value());
        body.put("error", problem.status.getReasonPhrase());
        body.put("message", problem.getMessage());
        return ResponseEntity.status(problem.status).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private HsdsFilters query(Map<String, String> params, boolean locations) {
        double[] near = null;
        Double proximity = null;
        String postcode = Text.blankToNull(params.get("postcode"));
        if (postcode != null) {
            if (!Postcode.isValid(postcode)) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "postcode '" + postcode + "' is not a UK postcode");
            }
            // A postcode missing from the lookup is placed at its sector's or district's centre (decision 0017).
            near = postcodes.locate(postcode).map(l -> new double[] {l.point().latitude(), l.point().longitude()})
                    .orElseThrow(() -> new ApiProblem(HttpStatus.BAD_REQUEST, "neither postcode "
                            + Postcode.normalise(postcode) + " nor its district is in the postcode lookup"));
        }
        String proximityText = Text.blankToNull(params.get("proximity"));
        if (proximityText != null) {
            try {
                proximity = Double.parseDouble(proximityText);
            } catch (NumberFormatException e) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "proximity must be a number of metres");
            }
            if (proximity <= 0) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "proximity must be a positive number of metres");
            }
            if (near == null) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "proximity needs a postcode");
            }
        }
        if (!locations && near != null) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "postcode and proximity apply to /service_at_locations");
        }
        Integer weekday = null;
        String day = Text.blankToNull(params.get("day"));
        if (day != null) {
            String upper = day.toUpperCase(Locale.ROOT);
            int index = DAYS.indexOf(upper.length() >= 2 ? upper.substring(0, 2) : upper);
            if (index < 0) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "day must be a day of the week, e.g. MO or Monday");
            }
            weekday = index + 1;
        }
        return new HsdsFilters(Text.blankToNull(params.get("search")), optionalUuid(params, "taxonomy_term_id"),
                optionalUuid(params, "taxonomy_id"), optionalUuid(params, "organization_id"),
                instant(params.get("modified_after")), optionalInt(params, "minimum_age"),
                optionalInt(params, "maximum_age"), time(params, "start_time"), time(params, "end_time"), weekday,
                near, proximity);
    }

    private static Map<String, Object> page(HsdsQueries.Page result, int page, int perPage) {
        long totalPages = result.total() == 0 ? 0 : (result.total() + perPage - 1) / perPage;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total_items", result.total());
        body.put("total_pages", totalPages);
        body.put("page_number", page);
        body.put("size", result.contents().size());
        body.put("first_page", page == 1);
        body.put("last_page", page >= totalPages);
        body.put("empty", result.contents().isEmpty());
        body.put("contents", result.contents());
        return body;
    }

    private static int perPage(Map<String, String> params) {
        int perPage = positive(params, "per_page", DEFAULT_PER_PAGE);
        if (perPage > MAX_PER_PAGE) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "per_page must be at most " + MAX_PER_PAGE);
        }
        return perPage;
    }

    private static int positive(Map<String, String> params, String name, int fallback) {
        Integer value = optionalInt(params, name);
        if (value == null) {
            return fallback;
        }
        if (value < 1) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, name + " must be 1 or more");
        }
        return value;
    }

    private static Integer optionalInt(Map<String, String> params, String name) {
        String text = Text.blankToNull(params.get(name));
        if (text == null) {
            return null;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, name + " must be a whole number");
        }
    }

    private static LocalTime time(Map<String, String> params, String name) {
        String text = Text.blankToNull(params.get(name));
        if (text == null) {
            return null;
        }
        try {
            return LocalTime.parse(text.length() == 5 ? text : text.substring(0, Math.min(8, text.length())));
        } catch (DateTimeParseException e) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, name + " must be a time like 09:30");
        }
    }

    private static Instant instant(String text) {
        text = Text.blankToNull(text);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return java.time.LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException notDate) {
                    throw new ApiProblem(HttpStatus.BAD_REQUEST,
                            "modified_after must be a date or date-time, e.g. 2026-01-31 or 2026-01-31T09:00:00Z");
                }
            }
        }
    }

    private static UUID optionalUuid(Map<String, String> params, String name) {
        String text = Text.blankToNull(params.get(name));
        return text == null ? null : uuid(text, name);
    }

    private static UUID uuid(String text, String name) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(name.equals("id") ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST,
                    name + " '" + text + "' is not a known id");
        }
    }

}
