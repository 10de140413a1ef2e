package dev.applypilot.extension.background;

import dev.applypilot.extension.auth.ServerAddress;
import dev.applypilot.extension.auth.Tokens;
import dev.applypilot.extension.bindings.ChromeAlarms;
import dev.applypilot.extension.bindings.ChromeStorage;
import dev.applypilot.extension.bindings.Http;
import dev.applypilot.shared.json.JsonObject;
import dev.applypilot.shared.json.JsonParseException;
import dev.applypilot.shared.json.JsonParser;
import dev.applypilot.shared.json.JsonString;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The signed-in account: server address and tokens. The access token lives in session storage, the rotating
 * refresh token in local storage; an alarm refreshes the access token a minute before it expires, so a
 * stopped service worker is woken in time.
 */
final class Session {
    static final String REFRESH_ALARM = "refresh";

    interface Done {
        void done(boolean ok, String message);
    }

    interface Response {
        void done(int status, String body);
    }

    private String server = ServerAddress.DEFAULT;
    private Tokens tokens;
    private boolean refreshing;
    private final List<Done> waitingForRefresh = new ArrayList<>();
    private Runnable onSignedOut = () -> { };

    void load(ChromeStorage.Values local, ChromeStorage.Values session) {
        String stored = ServerAddress.normalise(local.text(StorageKeys.SERVER));
        server = stored == null ? ServerAddress.DEFAULT : stored;
        String refresh = local.text(StorageKeys.REFRESH_TOKEN);
        if (refresh != null) {
            tokens = new Tokens(session.text(StorageKeys.ACCESS_TOKEN), number(session.text(StorageKeys.ACCESS_EXPIRES_AT)),
                    refresh, number(local.text(StorageKeys.REFRESH_EXPIRES_AT)), local.text(StorageKeys.EMAIL));
        }
    }

    void onSignedOut(Runnable listener) {
        onSignedOut = listener;
    }

    String server() {
        return server;
    }

    boolean signedIn() {
        return tokens != null;
    }

    String email() {
        return tokens == null ? null : tokens.email();
    }

    /** A usable access token right now, or null (then call {@link #fresh}). */
    String accessToken() {
        return tokens != null && tokens.accessUsable(System.currentTimeMillis()) ? tokens.accessToken() : null;
    }

    void signIn(String typedServer, String email, String password, Done done) {
        String base = ServerAddress.normalise(typedServer);
        if (base == null) {
            done.done(false, null);
            return;
        }
        server = base;
        ChromeStorage.set(ChromeStorage.LOCAL, StorageKeys.SERVER, base);
        Map<String, dev.applypilot.shared.json.JsonValue> body = new LinkedHashMap<>();
        body.put("email", new JsonString(email == null ? "" : email.trim()));
        body.put("password", new JsonString(password == null ? "" : password));
        Http.request("POST", base + "/api/v1/auth/login", null, new JsonObject(body).toJson(), (status, reply) -> {
            Tokens signedIn = status == 200 ? Tokens.fromReply(reply, System.currentTimeMillis()) : null;
            if (signedIn == null) {
                done.done(false, status == 0 ? "" : errorMessage(reply));
                return;
            }
            store(signedIn);
            done.done(true, null);
        });
    }

    /** Tells the server (best effort) and forgets the tokens. */
    void signOut(Runnable done) {
        Tokens old = tokens;
        forget();
        if (old == null) {
            done.run();
            return;
        }
        String body = new JsonObject(Map.of("refreshToken", new JsonString(old.refreshToken()))).toJson();
        Http.request("POST", server + "/api/v1/auth/logout", old.accessToken(), body, (status, reply) -> done.run());
    }

    /** Makes sure the access token is usable, refreshing it when needed; {@code ok} false when it could not. */
    void fresh(Done done) {
        if (tokens == null) {
            done.done(false, null);
            return;
        }
        if (tokens.accessUsable(System.currentTimeMillis())) {
            done.done(true, null);
            return;
        }
        refresh(done);
    }

    /** Trades the refresh token for a new pair (the old one becomes invalid). A rejected token signs out. */
    void refresh(Done done) {
        if (tokens == null) {
            done.done(false, null);
            return;
        }
        waitingForRefresh.add(done);
        if (refreshing) {
            return;
        }
        refreshing = true;
        String body = new JsonObject(Map.of("refreshToken", new JsonString(tokens.refreshToken()))).toJson();
        Http.request("POST", server + "/api/v1/auth/refresh", null, body, (status, reply) -> {
            refreshing = false;
            Tokens renewed = status == 200 ? Tokens.fromReply(reply, System.currentTimeMillis()) : null;
            boolean ok = renewed != null;
            if (ok) {
                store(new Tokens(renewed.accessToken(), renewed.accessExpiresAt(), renewed.refreshToken(),
                        renewed.refreshExpiresAt(), renewed.email() == null ? tokens.email() : renewed.email()));
            } else if (status == 400 || status == 401 || status == 403) {
                forget();
                onSignedOut.run();
            } else {
                ChromeAlarms.once(REFRESH_ALARM, 1);
            }
            List<Done> waiting = new ArrayList<>(waitingForRefresh);
            waitingForRefresh.clear();
            waiting.forEach(d -> d.done(ok, null));
        });
    }

    /** An authenticated API call; a 401 triggers one refresh and retry. */
    void call(String method, String path, String body, Response response) {
        fresh((ok, message) -> {
            if (!ok) {
                response.done(401, "");
                return;
            }
            Http.request(method, server + path, tokens.accessToken(), body, (status, reply) -> {
                if (status != 401) {
                    response.done(status, reply);
                    return;
                }
                refresh((renewed, m) -> {
                    if (!renewed) {
                        response.done(401, "");
                        return;
                    }
                    Http.request(method, server + path, tokens.accessToken(), body, response::done);
                });
            });
        });
    }

    interface FileResponse {
        void done(int status, String base64);
    }

    /** An authenticated file download (base64); a 401 triggers one refresh and retry. */
    void download(String path, FileResponse response) {
        fresh((ok, message) -> {
            if (!ok) {
                response.done(401, "");
                return;
            }
            Http.download(server + path, tokens.accessToken(), (status, base64) -> {
                if (status != 401) {
                    response.done(status, base64);
                    return;
                }
                refresh((renewed, m) -> {
                    if (!renewed) {
                        response.done(401, "");
                        return;
                    }
                    Http.download(server + path, tokens.accessToken(), response::done);
                });
            });
        });
    }

    private void store(Tokens signedIn) {
        tokens = signedIn;
        ChromeStorage.set(ChromeStorage.SESSION, StorageKeys.ACCESS_TOKEN, signedIn.accessToken());
        ChromeStorage.set(ChromeStorage.SESSION, StorageKeys.ACCESS_EXPIRES_AT, Long.toString(signedIn.accessExpiresAt()));
        ChromeStorage.set(ChromeStorage.LOCAL, StorageKeys.REFRESH_TOKEN, signedIn.refreshToken());
        ChromeStorage.set(ChromeStorage.LOCAL, StorageKeys.REFRESH_EXPIRES_AT, Long.toString(signedIn.refreshExpiresAt()));
        if (signedIn.email() != null) {
            ChromeStorage.set(ChromeStorage.LOCAL, StorageKeys.EMAIL, signedIn.email());
        }
        double minutes = signedIn.refreshDelay(System.currentTimeMillis()) / 60_000.0;
        ChromeAlarms.once(REFRESH_ALARM, Math.max(0.5, minutes));
    }

    private void forget() {
        tokens = null;
        ChromeAlarms.clear(REFRESH_ALARM);
        ChromeStorage.remove(ChromeStorage.SESSION, StorageKeys.ACCESS_TOKEN);
        ChromeStorage.remove(ChromeStorage.SESSION, StorageKeys.ACCESS_EXPIRES_AT);
        ChromeStorage.remove(ChromeStorage.LOCAL, StorageKeys.REFRESH_TOKEN);
        ChromeStorage.remove(ChromeStorage.LOCAL, StorageKeys.REFRESH_EXPIRES_AT);
        ChromeStorage.remove(ChromeStorage.LOCAL, StorageKeys.EMAIL);
    }

    private static String errorMessage(String body) {
        try {
            return JsonParser.parse(body).get("message").text().orElse("");
        } catch (JsonParseException | NullPointerException e) {
            return "";
        }
    }

    private static long number(String text) {
        if (text == null) {
            return 0;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
