package dev.applypilot.server.generation;

/** The model answered, but not with the JSON shape asked for; handled like a failed fact check. */
final class ModelAnswerInvalidException extends RuntimeException {
    ModelAnswerInvalidException(String why) {
        super(why, null, false, false);
    }
}
