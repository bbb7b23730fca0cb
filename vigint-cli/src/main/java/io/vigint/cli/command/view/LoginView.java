package io.vigint.cli.command.view;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vigint.core.login.LoginCredential;
import java.io.PrintStream;
import java.time.Instant;

/** A client's login after it was set (the password is never printed). */
@JsonPropertyOrder({"client_id", "username", "updated_at"})
public record LoginView(long clientId, String username, Instant updatedAt) implements View {
    public static LoginView of(LoginCredential login) {
        return new LoginView(login.clientId().value(), login.username(), login.updatedAt());
    }

    @Override
    public void printText(PrintStream out) {
        out.println("Login set for client " + clientId + ": username " + username + ".");
        out.println("The client exchanges it for a token with POST /auth/token (form fields username, password).");
    }
}
