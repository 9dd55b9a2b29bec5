package nl.werkbrug.platform;

import java.nio.file.Path;

/** What to start embedded, read from the environment before the application context exists. */
record EmbeddedSettings(Path dataDirectory, boolean postgres, boolean elasticsearch,
                        Path elasticsearchHome, String elasticsearchHeap, String elasticsearchUser,
                        boolean cleanOnStart) {

    boolean any() {
        return postgres || elasticsearch;
    }
}
