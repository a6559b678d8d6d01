package org.pathway.platform.sessions;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Sessions live in PostgreSQL. Two requests of one session arriving together (htmx fragments, a second
 * tab) can both add the same attribute; the default INSERT then fails with a duplicate key and one request
 * errors. An upsert makes the later write win, as an in-memory session would. The store is wrapped so that a
 * request reads its session once and an unchanged session is not rewritten on every request
 * ({@link FrugalSessionRepository}).
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    static final String UPSERT_ATTRIBUTE = """
            INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            VALUES (?, ?, ?)
            ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
            """;

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes() {
        return repository -> repository.setCreateSessionAttributeQuery(UPSERT_ATTRIBUTE);
    }

    @Bean
    static BeanPostProcessor frugalSessionStore() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository jdbc ? new FrugalSessionRepository<>(jdbc) : bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<SessionReadScope> sessionReadScope() {
        var registration = new FilterRegistrationBean<>(new SessionReadScope());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 10);
        return registration;
    }
}
