package nl.werkbrug.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StartupReportTest {

    @Test
    void never_logs_credentials_of_the_servers() {
        assertThat(StartupReport.withoutSecrets("https://elastic:s3cret@search:9200"))
                .isEqualTo("https://***@search:9200");
        assertThat(StartupReport.withoutSecrets("jdbc:postgresql://db/werkbrug?user=w&password=s3cret"))
                .isEqualTo("jdbc:postgresql://db/werkbrug?user=w&password=***");
        assertThat(StartupReport.withoutSecrets("jdbc:postgresql://localhost:5432/werkbrug"))
                .isEqualTo("jdbc:postgresql://localhost:5432/werkbrug");
    }
}
