package org.pathway.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * The one-time messages shown after a form is sent ("Contact recorded") wait in the session until the page they
 * are for is shown. A client that sends forms without following the redirects (a script, a benchmark, a tab
 * left open) would make them pile up for their three minutes, and every request reads the session's whole list.
 * Only the newest {@link #KEPT} are kept; a person following redirects never has more than one or two.
 */
@Configuration(proxyBeanMethods = false)
class BoundedFlashMaps {

    static final int KEPT = 20;

    @Bean
    static BeanPostProcessor boundedFlashMapManager() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof SessionFlashMapManager original && !(bean instanceof Newest)) {
                    Newest bounded = new Newest();
                    bounded.setFlashMapTimeout(original.getFlashMapTimeout());
                    bounded.setUrlPathHelper(original.getUrlPathHelper());
                    return bounded;
                }
                return bean;
            }
        };
    }

    static final class Newest extends SessionFlashMapManager {

        @Override
        protected void updateFlashMaps(List<FlashMap> flashMaps, HttpServletRequest request,
                HttpServletResponse response) {
            List<FlashMap> kept = flashMaps.size() <= KEPT ? flashMaps
                    : new CopyOnWriteArrayList<>(flashMaps.subList(flashMaps.size() - KEPT, flashMaps.size()));
            super.updateFlashMaps(kept, request, response);
        }
    }
}
