package io.vigint.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.contract.MutableClock;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.mail.MailMessage;
import io.vigint.core.port.AccessChangeNotifier;
import io.vigint.core.port.RandomSource;
import io.vigint.memory.InMemoryStorage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EmailChangeServiceTest {
    private static final Pattern TOKEN = Pattern.compile("confirm-email\\?token=([A-Za-z0-9_-]+)");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final InMemoryStorage storage = new InMemoryStorage();
    private final List<MailMessage> sent = new ArrayList<>();
    private boolean mailFails;
    private final EmailChangeService service = new EmailChangeService(
            storage,
            storage,
            storage,
            message -> {
                if (mailFails) {
                    throw new VigintException(CoreErrorCode.MAIL_FAILED, "down", Map.of());
                }
                sent.add(message);
            },
            AccessChangeNotifier.none(),
            clock,
            RandomSource.secure(),
            "https://vigint.example.com",
            Duration.ofHours(48));
    private final Client acme =
            storage.insert(new NewClient("Acme", "acme@example.com", "WIN A PRIZE", clock.instant()));

    private String token() {
        Matcher m = TOKEN.matcher(sent.get(sent.size() - 1).text());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void theNewAddressGetsOnlyALinkAndIsUsedOnceItIsFollowed() {
        var pending = service.requestEmailChange(acme.id(), "new@acme.test");

        assertThat(pending).hasValueSatisfying(p -> assertThat(p.email()).isEqualTo("new@acme.test"));
        assertThat(storage.findById(acme.id()).orElseThrow().email()).isEqualTo("acme@example.com");
        assertThat(sent).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo("new@acme.test");
            assertThat(m.text()).contains("https://vigint.example.com/api/v1/clients/confirm-email?token=");
            assertThat(m.text()).doesNotContain("Acme").doesNotContain("PRIZE");
        });
        String token = token();
        assertThat(token).hasSize(43);
        assertThat(storage.findEmailChange(acme.id()).orElseThrow().tokenHash().hex())
                .doesNotContain(token);

        assertThat(service.confirmEmailChange(token).email()).isEqualTo("new@acme.test");
        assertThat(storage.findById(acme.id()).orElseThrow().email()).isEqualTo("new@acme.test");
        assertThat(service.pendingEmailChange(acme.id())).isEmpty();
        assertThatThrownBy(() -> service.confirmEmailChange(token))
                .extracting(e -> ((VigintException) e).code())
                .isEqualTo(CoreErrorCode.INVALID_CONFIRMATION_TOKEN);
    }

    @Test
    void anExpiredLinkConfirmsNothing() {
        service.requestEmailChange(acme.id(), "new@acme.test");
        clock.advance(Duration.ofHours(48));

        assertThatThrownBy(() -> service.confirmEmailChange(token()))
                .extracting(e -> ((VigintException) e).code())
                .isEqualTo(CoreErrorCode.INVALID_CONFIRMATION_TOKEN);
        assertThat(storage.findById(acme.id()).orElseThrow().email()).isEqualTo("acme@example.com");
    }

    @Test
    void aSecondLinkWithinAMinuteIsRefusedAndAfterItReplacesTheFirst() {
        service.requestEmailChange(acme.id(), "first@acme.test");
        String first = token();

        assertThatThrownBy(() -> service.requestEmailChange(acme.id(), "second@acme.test"))
                .extracting(e -> ((VigintException) e).code())
                .isEqualTo(CoreErrorCode.RATE_LIMITED);
        clock.advance(Duration.ofMinutes(1));
        service.requestEmailChange(acme.id(), "second@acme.test");

        assertThatThrownBy(() -> service.confirmEmailChange(first))
                .extracting(e -> ((VigintException) e).code())
                .isEqualTo(CoreErrorCode.INVALID_CONFIRMATION_TOKEN);
        assertThat(service.confirmEmailChange(token()).email()).isEqualTo("second@acme.test");
    }

    @Test
    void askingForTheConfirmedAddressCancelsAndSendsNothing() {
        service.requestEmailChange(acme.id(), "new@acme.test");

        assertThat(service.requestEmailChange(acme.id(), "ACME@example.com")).isEmpty();

        assertThat(sent).hasSize(1);
        assertThat(service.pendingEmailChange(acme.id())).isEmpty();
    }

    @Test
    void whenTheLinkCannotBeSentNothingIsPending() {
        mailFails = true;

        assertThatThrownBy(() -> service.requestEmailChange(acme.id(), "new@acme.test"))
                .extracting(e -> ((VigintException) e).code())
                .isEqualTo(CoreErrorCode.MAIL_FAILED);
        assertThat(service.pendingEmailChange(acme.id())).isEmpty();
    }

    @Test
    void anImplausibleAddressOrTokenIsRefused() {
        assertThatThrownBy(() -> service.requestEmailChange(acme.id(), "not an address"))
                .extracting(e -> ((VigintException) e).code())
                .isEqualTo(CoreErrorCode.VALIDATION_FAILED);
        for (String token : new String[] {null, "", "x".repeat(500)}) {
            assertThatThrownBy(() -> service.confirmEmailChange(token))
                    .extracting(e -> ((VigintException) e).code())
                    .isEqualTo(CoreErrorCode.INVALID_CONFIRMATION_TOKEN);
        }
    }
}
