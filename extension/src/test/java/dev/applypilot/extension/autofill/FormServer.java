package dev.applypilot.extension.autofill;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;

/**
 * Serves the fixture pages under src/test/resources/forms on 127.0.0.1 (a host the extension may access), or on
 * another loopback address the extension has no permission for (a third-party frame).
 */
final class FormServer implements AutoCloseable {
    private final HttpServer server;
    private final String host;

    FormServer() {
        this("127.0.0.1");
    }

    FormServer(String host) {
        this.host = host;
        try {
            server = HttpServer.create(new InetSocketAddress(host, 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/forms/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            try (InputStream in = path.contains("..") ? null : FormServer.class.getResourceAsStream(path)) {
                if (in == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                byte[] body = in.readAllBytes();
                exchange.getResponseHeaders().set("Content-Type", path.endsWith(".js") ? "text/javascript" : "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    String url(String path) {
        return "http://" + host + ":" + server.getAddress().getPort() + "/forms/" + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
