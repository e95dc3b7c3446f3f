import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** One POST with the JDK's HttpClient, as an app would make it; prints the stack trace of what it throws. */
public class JdkHttpClientProbe {
    public static void main(String[] args) {
        try {
            HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(1500));
            b.proxy(args.length > 1 ? ProxySelector.of(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[1]))) : HttpClient.Builder.NO_PROXY);
            HttpResponse<String> r = b.build().send(HttpRequest.newBuilder(URI.create(args[0])).timeout(Duration.ofMillis(1500))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
            System.out.println("HTTP " + r.statusCode() + " " + r.body());
        } catch (Exception e) {
            StringWriter s = new StringWriter();
            e.printStackTrace(new PrintWriter(s));
            System.out.print(s);
        }
    }
}
