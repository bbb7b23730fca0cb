package io.vigint.http.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.login.IssuedToken;
import io.vigint.core.login.LoginUseCase;
import io.vigint.http.auth.AuthFailureListener;
import io.vigint.http.auth.Throttling;
import io.vigint.http.json.TokenView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /auth/token} (the AI-gateway seed): form fields {@code username} and {@code password} →
 * {@code {"access_token","token_type":"bearer","expires_in"}}. Any failure is 401
 * {@code INVALID_CREDENTIALS}, one code for all so nothing is revealed. Failures count per (username,
 * address) and per username ({@link AuthFailureListener#loginFailed}); while that username is blocked its
 * logins are refused with 429 {@code RATE_LIMITED} before the password is checked, and other usernames
 * from the same address are not affected. A failed login from an address blocked for guessing keys is
 * answered 429 as well; a successful one never is.
 */
@Tag(name = "Authentication", description = "Access tokens from a username and password")
@Path("auth/token")
@Produces(MediaType.APPLICATION_JSON)
public final class TokenResource {
    private static final Logger LOG = LoggerFactory.getLogger(TokenResource.class);

    private final LoginUseCase logins;
    private final AuthFailureListener failures;

    @Inject
    public TokenResource(Optional<LoginUseCase> logins, AuthFailureListener failures) {
        if (logins.isEmpty()) {
            LOG.warn("Logins are not configured: POST /auth/token refuses every request");
        }
        this.logins = logins.orElse(null);
        this.failures = failures;
    }

    @Operation(operationId = "createAccessToken", summary = "Exchange a username and password for an access token")
    @ApiResponse(responseCode = "200", ref = "AccessToken")
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response token(
            @FormParam("username") String username,
            @FormParam("password") String password,
            @Context ContainerRequestContext request) {
        String remote = Throttling.remoteAddress(request);
        Throttling.refuseIfLoginBlocked(failures, username, remote);
        char[] secret = password == null ? new char[0] : password.toCharArray();
        try {
            if (logins == null) {
                throw new VigintException(CoreErrorCode.INVALID_CREDENTIALS);
            }
            IssuedToken token = logins.login(username, secret);
            return Response.ok(TokenView.of(token))
                    .cacheControl(Requests.noStore())
                    .header("Pragma", "no-cache")
                    .build();
        } catch (VigintException e) {
            if (e.code() == CoreErrorCode.INVALID_CREDENTIALS) {
                failures.loginFailed(username, remote);
                Throttling.refuseIfBlocked(failures, remote);
            }
            throw e;
        } finally {
            Arrays.fill(secret, '\0');
        }
    }
}
