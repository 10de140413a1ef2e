package dev.applypilot.extension;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Map;

/** Serves the hand-written job and form pages on 127.0.0.1, where the content script runs. */
public final class FixtureSite implements AutoCloseable {
    public static final String JSON_LD_JOB = "/careers/jobs/senior-backend-engineer";
    public static final String PLAIN_JOB = "/jobs/data-analyst";
    public static final String LINKEDIN_JOB = "/jobs/view/4012345";
    public static final String APPLY_FORM = "/apply";

    private static final Map<String, String> PAGES = Map.of(JSON_LD_JOB, "jsonld-job.html", PLAIN_JOB, "plain-job.html",
            LINKEDIN_JOB, "linkedin-job.html", APPLY_FORM, "apply-form.html");

    private final HttpServer server;

    private FixtureSite(HttpServer server) {
        this.server = server;
    }

    public static FixtureSite start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                String page = PAGES.get(exchange.getRequestURI().getPath());
                byte[] body;
                try (InputStream in = page == null ? null : FixtureSite.class.getResourceAsStream("/pages/" + page)) {
                    body = in == null ? "not found".getBytes() : in.readAllBytes();
                }
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(page == null ? 404 : 200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return new FixtureSite(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
