package org.pathway.governance.security;

import org.pathway.governance.Permissions;
import org.pathway.governance.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may reach what. URL rules here are a second line: every facade also declares its permission,
 * and scoping (whose caseload, which organisation) is enforced in queries.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private static AuthorizationManager<RequestAuthorizationContext> signedInOrUnknownAddress(
            UnknownAddresses unknown) {
        AuthorizationManager<RequestAuthorizationContext> signedIn = AuthenticatedAuthorizationManager.authenticated();
        return (authentication, context) -> {
            AuthorizationResult result = signedIn.authorize(authentication, context);
            return result != null && result.isGranted() ? result
                    : new AuthorizationDecision(unknown.matches(context.getRequest()));
        };
    }

    @Bean
    SecurityFilterChain web(HttpSecurity http, SignInFailureHandler failureHandler,
            org.springframework.beans.factory.ListableBeanFactory beans) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/vendor/**", "/assets/**", "/css/**", "/js/**", "/images/**", "/favicon.ico").permitAll()
                        .requestMatchers("/sign-in", "/error", "/accessibility", "/signed-out").permitAll()
                        .requestMatchers("/self-referral", "/self-referral/**").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        // The Open Referral UK / HSDS API: public, read-only (its controller serves GET only).
                        .requestMatchers(HttpMethod.GET, "/hsds", "/hsds/**").permitAll()
                        .requestMatchers(HttpMethod.OPTIONS, "/hsds", "/hsds/**").permitAll()
                        // The directory's search and listing pages, which show the public only the open directory's
                        // listings (the same ones the API publishes); everything else there needs a sign-in.
                        .requestMatchers(HttpMethod.GET, "/directory", "/directory/listings/*").permitAll()
                        .requestMatchers("/admin/users/**").hasAuthority(Permissions.USERS_MANAGE)
                        .requestMatchers("/admin/audit/**").hasAuthority(Permissions.AUDIT_READ)
                        .requestMatchers("/admin/**").hasRole(Role.ADMINISTRATOR.name())
                        // Signed in, or an address nothing answers ("Page not found" for everyone, not a detour
                        // through sign-in). The handler lookup runs only for someone signed out.
                        .anyRequest().access(signedInOrUnknownAddress(new UnknownAddresses(beans))))
                .formLogin(form -> form
                        .loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .failureHandler(failureHandler)
                        .defaultSuccessUrl("/", false))
                .logout(logout -> logout
                        .logoutUrl("/sign-out")
                        .logoutSuccessUrl("/sign-in?signedOut"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)))
                .sessionManagement(session -> session
                        .invalidSessionUrl("/sign-in?timedOut")
                        .sessionFixation(fixation -> fixation.changeSessionId()));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }
}
