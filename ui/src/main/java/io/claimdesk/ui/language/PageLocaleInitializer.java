package io.claimdesk.ui.language;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;

/**
 * Gives every template instance the request's locale, in one place: message bundles ({@code msg:}) and the page
 * formats read it from the "locale" attribute.
 */
@ApplicationScoped
public class PageLocaleInitializer {

    @Inject
    PageLocale pageLocale;

    void register(@Observes EngineBuilder engine) {
        engine.addTemplateInstanceInitializer(this::setLocale);
    }

    private void setLocale(TemplateInstance instance) {
        // Outside a request there is no reader to ask: the bundle's default locale applies.
        if (Arc.container().requestContext().isActive()) {
            instance.setLocale(pageLocale.locale());
        }
    }
}
