package org.pathway.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.pathway.platform.NotFound;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one error path for every module's pages. An address nothing answers, an id that names nothing
 * ({@link NotFound}) or an id in the path that is not an id at all: people in a
 * browser get the NHS-styled "Page not found" with status 404; the APIs ({@code /hsds/**}, {@code /actuator/**}) and
 * requests that ask for JSON get a structured JSON problem (RFC 9457). A refusal of what someone asked for is not an
 * error page: controllers put it on the form ({@link Forms#reject}). An empty {@code Optional} opened without a check
 * is a programming error and stays a 500: modules say "not found" with {@link NotFound}.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private static final List<String> API_PATHS = List.of("/hsds", "/actuator");

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class, NotFound.class})
    ModelAndView notFound(HttpServletRequest request) {
        if (wantsPage(request)) {
            ModelAndView page = new ModelAndView("error", HttpStatus.NOT_FOUND);
            page.addObject("status", 404);
            return page;
        }
        return new ModelAndView(problem(request.getRequestURI()));
    }

    /** A path id that cannot be read (not a UUID) names nothing: 404. A bad query parameter is a bad request. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView unreadableArgument(MethodArgumentTypeMismatchException unreadable, HttpServletRequest request) {
        if (unreadable.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return notFound(request);
        }
        ModelAndView page = new ModelAndView("error", HttpStatus.BAD_REQUEST);
        page.addObject("status", 400);
        return page;
    }

    static boolean wantsPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (API_PATHS.stream().anyMatch(api -> path.equals(api) || path.startsWith(api + "/"))) {
            return false;
        }
        List<MediaType> accepted;
        try {
            accepted = new java.util.ArrayList<>(MediaType.parseMediaTypes(request.getHeader(HttpHeaders.ACCEPT)));
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
        accepted.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : accepted) {
            if (type.isWildcardType()) {
                continue;
            }
            if (type.isCompatibleWith(MediaType.TEXT_HTML)) {
                return true;
            }
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.getSubtype().endsWith("+json")) {
                return false;
            }
        }
        return false;
    }

    private static View problem(String path) {
        String body = "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
                + "\"detail\":\"Nothing is published at this address.\",\"instance\":" + json(path) + "}";
        return new View() {
            @Override
            public String getContentType() {
                return MediaType.APPLICATION_PROBLEM_JSON_VALUE;
            }

            @Override
            public void render(java.util.Map<String, ?> model, HttpServletRequest request,
                    jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
                response.setStatus(HttpStatus.NOT_FOUND.value());
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write(body);
            }
        };
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
