package dev.applypilot.server.dashboard;

import dev.applypilot.server.answers.AnswerRequest;
import dev.applypilot.server.answers.AnswerService;
import dev.applypilot.server.answers.AnswerView;
import dev.applypilot.server.platform.ApiException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The answer bank: saved answers to screening questions, created, edited and deleted here; the extension reuses them. */
@FormCsrf
@Controller("/app/answers")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML)
class AnswersPageController {
    private final AnswerService answers;

    AnswersPageController(AnswerService answers) {
        this.answers = answers;
    }

    @Get
    HttpResponse<?> list(@Nullable @QueryValue String edit, HttpRequest<?> request, @Nullable Authentication authentication) {
        if (authentication == null) {
            return Pages.signIn();
        }
        return Pages.page("answers", model(request, authentication, edit, null, Map.of()));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body Map<String, String> form, HttpRequest<?> request, @Nullable Authentication authentication) {
        return save(null, form, request, authentication);
    }

    @Post("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> replace(@PathVariable String id, @Body Map<String, String> form, HttpRequest<?> request, @Nullable Authentication authentication) {
        return save(answerId(id), form, request, authentication);
    }

    @Post("/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(@PathVariable String id, @Body Map<String, String> form, @Nullable Authentication authentication) {
        if (authentication == null) {
            return Pages.signIn();
        }
        answers.delete(Pages.user(authentication), answerId(id));
        return Pages.redirect("/app/answers");
    }

    private HttpResponse<?> save(@Nullable UUID id, Map<String, String> form, HttpRequest<?> request, @Nullable Authentication authentication) {
        if (authentication == null) {
            return Pages.signIn();
        }
        String question = Pages.field(form, "question");
        String answer = Pages.field(form, "answer");
        List<String> tags = Arrays.stream(Pages.field(form, "tags").split(",")).map(String::trim).filter(t -> !t.isEmpty()).distinct().toList();
        Map<String, String> errors = new LinkedHashMap<>();
        if (question.isEmpty() || question.length() > 2000) {
            errors.put("question", "Enter the question (up to 2,000 characters).");
        }
        if (answer.isEmpty() || answer.length() > 20000) {
            errors.put("answer", "Enter your answer (up to 20,000 characters).");
        }
        if (tags.size() > 20 || tags.stream().anyMatch(t -> t.length() > 40)) {
            errors.put("tags", "Use up to 20 tags of up to 40 characters each.");
        }
        if (errors.isEmpty()) {
            try {
                AnswerRequest body = new AnswerRequest(question, answer, tags, null);
                UUID userId = Pages.user(authentication);
                if (id == null) {
                    answers.create(userId, body);
                } else {
                    answers.replace(userId, id, body);
                }
                return Pages.redirect("/app/answers");
            } catch (ApiException e) {
                String field = e.toError().field();
                errors.put(field == null ? "question" : field, JobToolsController.message(e));
            }
        }
        return Pages.invalid("answers", model(request, authentication, id == null ? null : id.toString(), form, errors));
    }

    private Map<String, Object> model(HttpRequest<?> request, Authentication authentication, @Nullable String edit,
                                      @Nullable Map<String, String> form, Map<String, String> errors) {
        Map<String, Object> model = Pages.model(request, authentication, "Answer bank", "answers");
        List<AnswerView> all = answers.list(Pages.user(authentication));
        model.put("answers", all);
        AnswerView editing = edit == null ? null : all.stream().filter(a -> a.id().toString().equals(edit)).findFirst().orElse(null);
        model.put("editing", editing);
        Map<String, String> values = new LinkedHashMap<>();
        if (form != null) {
            values.putAll(form);
        } else if (editing != null) {
            values.put("question", editing.question());
            values.put("answer", editing.answer());
            values.put("tags", String.join(", ", editing.tags()));
        }
        model.put("values", values);
        model.put("errors", errors);
        return model;
    }

    private static UUID answerId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("The answer");
        }
    }
}
