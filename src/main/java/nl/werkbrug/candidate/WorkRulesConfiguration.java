package nl.werkbrug.candidate;

import java.util.List;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The dated rules on work as a bean: the Dutch rules, unless {@code werkbrug.work-rules.asylum-seekers}
 * lists others (each with {@code from}, {@code months-before-permit}, {@code months-if-likely-granted}
 * and {@code safe-country-may-get-permit}), so that a change in the law is a change of configuration.
 */
@Configuration(proxyBeanMethods = false)
class WorkRulesConfiguration {

    @Bean
    WorkRules workRules(Environment environment) {
        return Binder.get(environment)
                .bind("werkbrug.work-rules.asylum-seekers", Bindable.listOf(WorkRules.AsylumRule.class))
                .map(WorkRules::new)
                .orElse(WorkRules.DUTCH);
    }

}
