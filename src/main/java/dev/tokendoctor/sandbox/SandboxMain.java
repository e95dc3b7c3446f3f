package dev.tokendoctor.sandbox;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the sandbox on its own until killed:
 * {@code SandboxMain [--port N] [--access-lifetime SECONDS] [--api-host HOST] [--help]}.
 * Prints the base URL and the demo credentials; the JWT private key goes to a 0600 file.
 */
public final class SandboxMain {

    static final String USAGE = String.join("\n",
            "Usage: SandboxMain [--port N] [--access-lifetime SECONDS] [--api-host HOST] [--help]",
            "  --port N                   listen on 127.0.0.1:N (default: a free port)",
            "  --access-lifetime SECONDS  access token lifetime (default 900, as Coze; 120 to watch expiry)",
            "  --api-host HOST            the aud a JWT must name (default: its own 127.0.0.1:PORT)",
            "  --help                     print this and exit");

    /** The parsed command line. */
    record Options(int port, Duration accessLifetime, String apiHost, boolean help) {
    }

    private SandboxMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(USAGE);
            return;
        }
        SandboxConfig config = SandboxConfig.defaults().withPort(options.port())
                .withAccessTokenLifetime(options.accessLifetime()).withApiHost(options.apiHost());
        CozeSandbox sandbox = start(config, System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.stop();
            stopped.countDown();
        }, "coze-sandbox-shutdown"));
        stopped.await();
    }

    /**
     * Starts the sandbox, writes the JWT demo key to an owner-only file and prints the base URL
     * and demo credentials to {@code out}; the caller keeps it running (the app's {@code sandbox} command uses this).
     */
    public static CozeSandbox start(SandboxConfig config, PrintStream out) throws IOException {
        CozeSandbox sandbox = CozeSandbox.start(config);
        describe(sandbox, writePrivateKey(sandbox.demo().jwtPrivateKeyPem()), out);
        out.flush();
        return sandbox;
    }

    static Options parse(String[] args) {
        int port = 0;
        Duration access = SandboxConfig.defaults().accessTokenLifetime();
        String apiHost = SandboxConfig.defaults().apiHost();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--help":
                case "-h":
                    return new Options(port, access, apiHost, true);
                case "--port":
                    port = number(args, ++i, "--port", 0, 65535);
                    break;
                case "--access-lifetime":
                    access = Duration.ofSeconds(number(args, ++i, "--access-lifetime", 1, 86400));
                    break;
                case "--api-host":
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("--api-host needs a host");
                    }
                    apiHost = args[++i];
                    break;
                default:
                    throw new IllegalArgumentException("unknown option: " + args[i]);
            }
        }
        return new Options(port, access, apiHost, false);
    }

    private static int number(String[] args, int i, String option, int min, int max) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a number");
        }
        try {
            int value = Integer.parseInt(args[i]);
            if (value < min || value > max) {
                throw new IllegalArgumentException(option + " must be " + min + ".." + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, not " + args[i], e);
        }
    }

    static void describe(CozeSandbox sandbox, Path keyFile, PrintStream out) {
        DemoCredentials demo = sandbox.demo();
        out.println("Coze sandbox running / 扣子沙箱已启动: " + sandbox.baseUrl());
        out.println("  test page / 测试页:       " + sandbox.baseUrl() + CozeSandbox.COZE_TEST_PATH);
        out.println("  authorize:                " + sandbox.baseUrl() + CozeSandbox.AUTHORIZE_PATH);
        out.println("  token:                    " + sandbox.baseUrl() + CozeSandbox.TOKEN_PATH);
        out.println("  access token lifetime:    " + sandbox.config().accessTokenLifetime().toSeconds() + " s");
        out.println("Web app (client secret as Authorization: Bearer):");
        out.println("  client_id:     " + demo.webClientId());
        out.println("  client_secret: " + demo.webClientSecret() + "   (demo only, new every run)");
        out.println("  redirect URIs: " + String.join(", ", demo.webRedirectUris()));
        out.println("PKCE app:");
        out.println("  client_id:     " + demo.pkceClientId());
        out.println("  redirect URIs: " + String.join(", ", demo.pkceRedirectUris()));
        out.println("Device app:");
        out.println("  client_id:     " + demo.deviceClientId());
        out.println("JWT service app (aud " + sandbox.apiHost() + "):");
        out.println("  app id (iss):  " + demo.jwtAppId());
        out.println("  kid:           " + demo.jwtKid());
        out.println("  private key:   " + keyFile);
        out.println("Stop with Ctrl+C / 按 Ctrl+C 停止");
    }

    private static Path writePrivateKey(String pem) throws IOException {
        Path file;
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            file = Files.createTempFile("coze-sandbox-jwt-", ".pem",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            file = Files.createTempFile("coze-sandbox-jwt-", ".pem");
        }
        Files.writeString(file, pem, StandardCharsets.US_ASCII);
        file.toFile().deleteOnExit();
        return file;
    }
}
