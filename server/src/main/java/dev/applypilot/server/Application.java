package dev.applypilot.server;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "ApplyPilot", version = "0.1",
        description = "Accounts, profile, resumes, saved jobs, applications, matching, generation and sync."))
public class Application {
    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
