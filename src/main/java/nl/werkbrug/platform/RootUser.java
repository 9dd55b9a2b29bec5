package nl.werkbrug.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a process running as root needs to start a server that refuses root. */
final class RootUser {

    private static final Logger log = LoggerFactory.getLogger(RootUser.class);

    private RootUser() {
    }

    record ServiceUser(String name) {
        List<String> runAsCommand() {
            return List.of("setpriv", "--reuid=" + name, "--regid=" + name, "--init-groups", "--");
        }
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    static ServiceUser ensureServiceUser(String name) throws IOException {
        if (run(List.of("id", "-u", name)) != 0) {
            log.info("Creating system user {} to run Elasticsearch", name);
            int code = run(List.of("useradd", "--system", "--user-group", "--no-create-home",
                    "--shell", "/usr/sbin/nologin", name));
            if (code != 0) {
                throw new IOException("Could not create the system user " + name + " (useradd exit code " + code + ")");
            }
        }
        return new ServiceUser(name);
    }

    /** Lets other users pass through (not list) every folder above the given path. */
    static void grantTraversal(Path path) throws IOException {
        for (Path folder = path.toAbsolutePath().getParent(); folder != null; folder = folder.getParent()) {
            var permissions = Files.getPosixFilePermissions(folder);
            if (!permissions.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                permissions.add(PosixFilePermission.OTHERS_EXECUTE);
                Files.setPosixFilePermissions(folder, permissions);
                log.warn("Allowed other users to pass through {} so that the search server can reach its files", folder);
            }
        }
    }

    static void chown(Path path, ServiceUser user) throws IOException {
        int code = run(List.of("chown", "-R", user.name() + ":" + user.name(), path.toString()));
        if (code != 0) {
            throw new IOException("Could not hand " + path + " to " + user.name());
        }
    }

    private static int run(List<String> command) throws IOException {
        var process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
