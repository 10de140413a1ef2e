package dev.applypilot.extension;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.util.concurrent.GlobalEventExecutor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in ApplyPilot server speaking CONTRACT.md (login/refresh/logout, jobs lookup, the /ws sync socket with
 * bearer subprotocol, hello/welcome, writes with client-id de-duplication, events) on one port, recording what it
 * received. It can be stopped and started again on the same port with its data kept, like a server restart.
 */
public final class FakeServer implements AutoCloseable {
    public static final String EMAIL = "ada@example.com";
    public static final String PASSWORD = "correct horse battery";

    /** Every write frame received (including repeats), in order. */
    public final List<JsonObject> writes = new CopyOnWriteArrayList<>();
    /** Every hello frame received, with the bearer token used: {"token", "lastEventId"}. */
    public final List<JsonObject> hellos = new CopyOnWriteArrayList<>();
    public final List<String> logins = new CopyOnWriteArrayList<>();
    public final List<String> logouts = new CopyOnWriteArrayList<>();
    /** Every question sent to {@code /api/v1/answers/match}, and every answer id posted to {@code /used}, in order. */
    public final List<String> answerQuestions = new CopyOnWriteArrayList<>();
    public final List<String> usedAnswers = new CopyOnWriteArrayList<>();
    private final List<JsonObject> answers = new CopyOnWriteArrayList<>();

    private final Set<String> accessTokens = ConcurrentHashMap.newKeySet();
    private final Set<String> refreshTokens = ConcurrentHashMap.newKeySet();
    private final Map<String, JsonObject> acksByClientId = new ConcurrentHashMap<>();
    private final List<JsonObject> events = new CopyOnWriteArrayList<>();
    private final Map<String, JsonObject> jobsByUrl = new ConcurrentHashMap<>();
    private final ChannelGroup sockets = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private int tokenCounter;
    private int port;
    private EventLoopGroup group;
    private Channel server;

    public static FakeServer start() {
        FakeServer fake = new FakeServer();
        fake.listen(0);
        return fake;
    }

    /** Adds a saved answer to the bank (as the dashboard would). */
    public void saveAnswer(String id, String question, String answer) {
        JsonObject saved = new JsonObject();
        saved.addProperty("id", id);
        saved.addProperty("question", question);
        saved.addProperty("answer", answer);
        saved.add("tags", new JsonArray());
        saved.addProperty("source", "USER");
        saved.add("lastUsedAt", null);
        saved.addProperty("createdAt", "2026-01-01T00:00:00Z");
        saved.addProperty("updatedAt", "2026-01-01T00:00:00Z");
        answers.add(saved);
    }

    /**
     * Like the server's word-overlap fallback ({@code method: "tokens"}): shared words over the words of both questions
     * (Jaccard), matches at or above 0.3, best first.
     */
    private String match(String question) {
        List<JsonObject> found = new ArrayList<>();
        Set<String> asked = words(question);
        for (JsonObject saved : answers) {
            Set<String> theirs = words(saved.get("question").getAsString());
            Set<String> union = new java.util.HashSet<>(asked);
            union.addAll(theirs);
            Set<String> shared = new java.util.HashSet<>(asked);
            shared.retainAll(theirs);
            double score = union.isEmpty() ? 0 : (double) shared.size() / union.size();
            if (score >= 0.3) {
                JsonObject m = new JsonObject();
                m.add("answer", saved);
                m.addProperty("score", score);
                m.addProperty("method", "tokens");
                found.add(m);
            }
        }
        found.sort((a, b) -> Double.compare(b.get("score").getAsDouble(), a.get("score").getAsDouble()));
        JsonArray out = new JsonArray();
        found.forEach(out::add);
        return out.toString();
    }

    private static Set<String> words(String text) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Distinct jobs saved (client ids acknowledged). */
    public synchronized List<JsonObject> savedJobs() {
        List<JsonObject> out = new ArrayList<>();
        for (JsonObject ack : acksByClientId.values()) {
            out.add(ack.getAsJsonObject("job"));
        }
        return out;
    }

    public int connectedSockets() {
        return sockets.size();
    }

    /** Stops listening and drops every connection (the extension sees the server go away). */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        sockets.close().syncUninterruptibly();
        server.close().syncUninterruptibly();
        group.shutdownGracefully(0, 0, java.util.concurrent.TimeUnit.MILLISECONDS).syncUninterruptibly();
        server = null;
    }

    /** Starts again on the same port with the same data. */
    public synchronized void restart() {
        listen(port);
    }

    @Override
    public void close() {
        stop();
    }

    private synchronized void listen(int wanted) {
        group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(4 << 20), new SocketAuth(),
                                new WebSocketServerProtocolHandler("/ws", "bearer"), new Rest(), new Frames());
                    }
                }).bind("127.0.0.1", wanted).syncUninterruptibly().channel();
        port = ((java.net.InetSocketAddress) server.localAddress()).getPort();
    }

    private synchronized JsonObject issueTokens(String email) {
        tokenCounter++;
        String access = "access-" + tokenCounter;
        String refresh = "refresh-" + tokenCounter;
        accessTokens.add(access);
        refreshTokens.add(refresh);
        JsonObject reply = new JsonObject();
        reply.addProperty("accessToken", access);
        reply.addProperty("tokenType", "Bearer");
        reply.addProperty("expiresIn", 900);
        reply.addProperty("refreshToken", refresh);
        reply.addProperty("refreshExpiresIn", 2_592_000);
        JsonObject account = new JsonObject();
        account.addProperty("id", "user-1");
        account.addProperty("email", email);
        reply.add("account", account);
        return reply;
    }

    private static String bearerToken(FullHttpRequest request) {
        String protocols = request.headers().get(HttpHeaderNames.SEC_WEBSOCKET_PROTOCOL, "");
        String[] parts = protocols.split(",");
        return parts.length == 2 && parts[0].trim().equals("bearer") ? parts[1].trim() : null;
    }

    /** Refuses the socket handshake unless the subprotocols carry a valid access token. */
    private final class SocketAuth extends SimpleChannelInboundHandler<FullHttpRequest> {
        SocketAuth() {
            super(false);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
            if (request.uri().startsWith("/ws")) {
                String token = bearerToken(request);
                if (token == null || !accessTokens.contains(token)) {
                    request.release();
                    respond(ctx, HttpResponseStatus.UNAUTHORIZED, "{\"error\":\"unauthorized\"}");
                    return;
                }
                ctx.channel().attr(io.netty.util.AttributeKey.<String>valueOf("token")).set(token);
                sockets.add(ctx.channel());
            }
            ctx.fireChannelRead(request);
        }
    }

    private final class Rest extends SimpleChannelInboundHandler<FullHttpRequest> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
            String body = request.content().toString(StandardCharsets.UTF_8);
            QueryStringDecoder uri = new QueryStringDecoder(request.uri());
            String path = uri.path();
            String method = request.method().name();
            String auth = request.headers().get(HttpHeaderNames.AUTHORIZATION, "");
            boolean authorised = auth.startsWith("Bearer ") && accessTokens.contains(auth.substring(7));
            if (method.equals("POST") && path.equals("/api/v1/auth/login")) {
                JsonObject credentials = JsonParser.parseString(body).getAsJsonObject();
                String email = credentials.get("email").getAsString();
                logins.add(email);
                if (email.equals(EMAIL) && credentials.get("password").getAsString().equals(PASSWORD)) {
                    respond(ctx, HttpResponseStatus.OK, issueTokens(email).toString());
                } else {
                    respond(ctx, HttpResponseStatus.UNAUTHORIZED,
                            "{\"error\":\"invalid_credentials\",\"message\":\"Email or password is wrong.\",\"guidance\":\"Check them.\"}");
                }
            } else if (method.equals("POST") && path.equals("/api/v1/auth/refresh")) {
                String refresh = JsonParser.parseString(body).getAsJsonObject().get("refreshToken").getAsString();
                if (refreshTokens.remove(refresh)) {
                    respond(ctx, HttpResponseStatus.OK, issueTokens(EMAIL).toString());
                } else {
                    respond(ctx, HttpResponseStatus.UNAUTHORIZED, "{\"error\":\"invalid_token\",\"message\":\"Sign in again.\"}");
                }
            } else if (method.equals("POST") && path.equals("/api/v1/auth/logout") && authorised) {
                logouts.add(auth.substring(7));
                accessTokens.remove(auth.substring(7));
                respond(ctx, HttpResponseStatus.NO_CONTENT, "");
            } else if (method.equals("GET") && path.equals("/api/v1/jobs/lookup") && authorised) {
                String url = uri.parameters().getOrDefault("url", List.of("")).get(0);
                JsonObject job = jobsByUrl.get(url);
                if (job == null) {
                    respond(ctx, HttpResponseStatus.NOT_FOUND, "{\"error\":\"not_found\",\"message\":\"Not saved.\"}");
                } else {
                    JsonObject reply = new JsonObject();
                    reply.add("job", job);
                    reply.addProperty("applicationStatus", "INTERESTED");
                    respond(ctx, HttpResponseStatus.OK, reply.toString());
                }
            } else if (method.equals("POST") && path.equals("/api/v1/answers/match") && authorised) {
                String question = JsonParser.parseString(body).getAsJsonObject().get("question").getAsString();
                answerQuestions.add(question);
                respond(ctx, HttpResponseStatus.OK, match(question));
            } else if (method.equals("POST") && path.startsWith("/api/v1/answers/") && path.endsWith("/used") && authorised) {
                String id = path.substring("/api/v1/answers/".length(), path.length() - "/used".length());
                JsonObject saved = answers.stream().filter(a -> a.get("id").getAsString().equals(id)).findFirst().orElse(null);
                if (saved == null) {
                    respond(ctx, HttpResponseStatus.NOT_FOUND, "{\"error\":\"not_found\",\"message\":\"No such answer.\"}");
                } else {
                    usedAnswers.add(id);
                    saved.addProperty("lastUsedAt", "2026-01-02T00:00:00Z");
                    respond(ctx, HttpResponseStatus.OK, saved.toString());
                }
            } else {
                respond(ctx, authorised ? HttpResponseStatus.NOT_FOUND : HttpResponseStatus.UNAUTHORIZED, "{\"error\":\"no\"}");
            }
        }
    }

    private final class Frames extends SimpleChannelInboundHandler<TextWebSocketFrame> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame frame) {
            JsonObject in = JsonParser.parseString(frame.text()).getAsJsonObject();
            String type = in.has("type") ? in.get("type").getAsString() : "";
            switch (type) {
                case "hello" -> hello(ctx, in);
                case "ping" -> send(ctx.channel(), "{\"type\":\"pong\"}");
                case "write" -> write(ctx, in);
                default -> send(ctx.channel(), "{\"type\":\"error\",\"code\":\"bad_frame\",\"message\":\"unknown type\"}");
            }
        }
    }

    private synchronized void hello(ChannelHandlerContext ctx, JsonObject in) {
        long since = in.get("lastEventId").getAsLong();
        JsonObject record = new JsonObject();
        record.addProperty("token", ctx.channel().attr(io.netty.util.AttributeKey.<String>valueOf("token")).get());
        record.addProperty("lastEventId", since);
        hellos.add(record);
        JsonObject welcome = new JsonObject();
        welcome.addProperty("type", "welcome");
        welcome.addProperty("userId", "user-1");
        welcome.addProperty("lastEventId", events.size());
        send(ctx.channel(), welcome.toString());
        for (JsonObject event : events) {
            if (event.get("id").getAsLong() > since) {
                send(ctx.channel(), event.toString());
            }
        }
    }

    private synchronized void write(ChannelHandlerContext ctx, JsonObject in) {
        writes.add(in);
        String clientId = in.get("clientId").getAsString();
        JsonObject ack = acksByClientId.get(clientId);
        if (ack == null) {
            JsonObject job = in.getAsJsonObject("payload").getAsJsonObject("job").deepCopy();
            job.addProperty("id", "job-" + (acksByClientId.size() + 1));
            JsonObject result = new JsonObject();
            result.add("job", job);
            result.addProperty("duplicate", false);
            result.addProperty("applicationStatus", "INTERESTED");
            acksByClientId.put(clientId, result);
            if (job.has("sourceUrl")) {
                jobsByUrl.put(job.get("sourceUrl").getAsString(), job);
            }
            JsonObject event = new JsonObject();
            event.addProperty("type", "event");
            event.addProperty("id", events.size() + 1);
            event.addProperty("kind", "job.saved");
            event.add("payload", result);
            events.add(event);
            ack = result;
            String text = event.toString();
            sockets.forEach(channel -> { if (channel != ctx.channel()) { send(channel, text); } });
            // The writer gets the event too, after its ack (as a real server would publish it).
            JsonObject frame = ackFrame(clientId, ack);
            send(ctx.channel(), frame.toString());
            send(ctx.channel(), text);
            return;
        }
        send(ctx.channel(), ackFrame(clientId, ack).toString());
    }

    private static JsonObject ackFrame(String clientId, JsonObject result) {
        JsonObject frame = new JsonObject();
        frame.addProperty("type", "ack");
        frame.addProperty("clientId", clientId);
        frame.add("result", result);
        return frame;
    }

    private static void send(Channel channel, String text) {
        channel.writeAndFlush(new TextWebSocketFrame(text));
    }

    private static void respond(ChannelHandlerContext ctx, HttpResponseStatus status, String body) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
                Unpooled.copiedBuffer(body, StandardCharsets.UTF_8));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json");
        response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, response.content().readableBytes());
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }

    /** Distinct client ids among the writes received. */
    public Map<String, Integer> writeCountsByClientId() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (JsonObject write : writes) {
            counts.merge(write.get("clientId").getAsString(), 1, Integer::sum);
        }
        return counts;
    }

}
