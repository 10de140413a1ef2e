package dev.applypilot.extension.background;

import dev.applypilot.extension.bindings.ChromeRuntime;
import dev.applypilot.extension.bindings.Http;
import dev.applypilot.extension.bindings.Message;
import dev.applypilot.extension.messages.MessageTypes;
import dev.applypilot.shared.json.JsonParseException;
import dev.applypilot.shared.json.JsonParser;
import dev.applypilot.shared.json.JsonString;
import dev.applypilot.shared.json.JsonValue;

/**
 * The answer bank for autofill's custom questions: the server's best saved answer to a question
 * ({@code POST /api/v1/answers/match}), and the note that the user used one ({@code POST /api/v1/answers/{id}/used}).
 * Signed out, offline or any failure: no match, the question stays as it is.
 */
final class AnswerBank {
    private final Session session;

    AnswerBank(Session session) {
        this.session = session;
    }

    /** Replies {@code {id, answer, score}} for the best match (score in whole percent), else no members. */
    void match(String question, ChromeRuntime.Reply reply) {
        Message none = Message.of(MessageTypes.ANSWER_MATCH);
        if (!session.signedIn() || question == null || question.isEmpty()) {
            reply.send(none);
            return;
        }
        String body = "{\"question\":" + new JsonString(question).toJson() + "}";
        session.call("POST", "/api/v1/answers/match", body, (status, text) -> {
            JsonValue list = status == 200 ? parse(text) : null;
            JsonValue best = list == null ? null : list.at(0);
            String id = best == null ? null : best.get("answer").get("id").text().orElse(null);
            String answer = best == null ? null : best.get("answer").get("answer").text().orElse(null);
            if (id == null || answer == null || answer.isEmpty()) {
                reply.send(none);
                return;
            }
            int percent = (int) (best.get("score").number().orElse(0.0) * 100 + 0.5);
            reply.send(none.with("id", id).with("answer", answer).with("score", Integer.toString(percent)));
        });
    }

    void used(String id, ChromeRuntime.Reply reply) {
        Message done = Message.of(MessageTypes.ANSWER_USED);
        if (!session.signedIn() || id == null) {
            reply.send(done);
            return;
        }
        session.call("POST", "/api/v1/answers/" + Http.encode(id) + "/used", null, (status, text) -> reply.send(done));
    }

    private static JsonValue parse(String json) {
        try {
            return JsonParser.parse(json);
        } catch (JsonParseException e) {
            return null;
        }
    }
}
