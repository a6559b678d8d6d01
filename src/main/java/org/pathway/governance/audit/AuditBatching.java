package org.pathway.governance.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Writes a request's audit entries in one transaction: held from the start of the handler, written when it
 * returns and before the page is rendered (so nothing is shown that is not yet in the log), and written after
 * a failure too (an entry stays even when the audited work fails).
 */
@Configuration(proxyBeanMethods = false)
class AuditBatching implements WebMvcConfigurer {

    private final AuditLogService log;

    AuditBatching(AuditLogService log) {
        this.log = log;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                log.begin();
                return true;
            }

            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                    ModelAndView modelAndView) {
                log.flush();
            }

            @Override
            public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                    Exception ex) {
                log.end();
            }
        });
    }
}
