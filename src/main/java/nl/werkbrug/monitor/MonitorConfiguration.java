package nl.werkbrug.monitor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MonitorConfiguration {

    /** {@code werkbrug.monitor.small-numbers}: figures resting on fewer people are shown as "&lt;n". */
    @Bean
    SmallNumbers smallNumbers(@Value("${werkbrug.monitor.small-numbers:5}") int threshold) {
        return new SmallNumbers(threshold);
    }
}
