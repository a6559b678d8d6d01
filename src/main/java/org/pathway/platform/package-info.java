/**
 * The technical platform every module builds on, with no business data and no dependency on any module: the
 * embedded database, sessions, the page layout and error pages, and the plumbing every module's forms share.
 * <ul>
 *   <li>{@link org.pathway.platform.Refusal} — the one exception for a request that cannot be carried out, with its problems in the
 *       user's words; {@link org.pathway.platform.NotFound} — an id that names nothing (a 404 page).</li>
 *   <li>{@code platform.web}: {@code Forms.reject} (a refusal onto its form), {@code Option}, {@code Submitted}, and
 *       {@code PageErrors}, the one advice that turns not-found into the 404 page for every module.</li>
 *   <li>{@link org.pathway.platform.UkTime} (the UK time zone) and {@link org.pathway.platform.UkDates} (the date
 *       formats people read; {@code @dates} in templates), {@link org.pathway.platform.Text},
 *       {@link org.pathway.platform.ConsistentCommand}, {@link org.pathway.platform.Pagination}.</li>
 * </ul>
 * Open: every module may use any of it. Template fragments shared by all pages are in
 * {@code templates/fragments/} (error-summary, inputs, dates, pagination).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.pathway.platform;
