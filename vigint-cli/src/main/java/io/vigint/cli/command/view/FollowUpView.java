package io.vigint.cli.command.view;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vigint.core.billing.FollowUpReport;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** What one follow-up pass did: invoices marked overdue, reminders sent, reminders that failed. */
@JsonPropertyOrder({"marked_overdue", "reminded", "not_sent"})
public record FollowUpView(List<String> markedOverdue, List<Reminder> reminded, List<NotSent> notSent) implements View {
    /** A reminder sent: the invoice and how many days past due it was for. */
    @JsonPropertyOrder({"number", "after_days"})
    public record Reminder(String number, int afterDays) {}

    /** A reminder that could not be sent, and why. */
    @JsonPropertyOrder({"number", "reason"})
    public record NotSent(String number, String reason) {}

    public static FollowUpView of(FollowUpReport report) {
        return new FollowUpView(
                report.markedOverdue().stream().map(Object::toString).toList(),
                report.reminded().stream()
                        .map(r -> new Reminder(r.invoice().toString(), r.afterDays()))
                        .toList(),
                report.notSent().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(e -> new NotSent(e.getKey().toString(), e.getValue()))
                        .toList());
    }

    @Override
    public void printText(PrintStream out) {
        out.println("Marked overdue: " + (markedOverdue.isEmpty() ? "none" : String.join(", ", markedOverdue)));
        out.println("Reminders sent: "
                + (reminded.isEmpty()
                        ? "none"
                        : String.join(
                                ", ",
                                reminded.stream()
                                        .map(r -> r.number() + " (" + r.afterDays() + " days past due)")
                                        .toList())));
        notSent.forEach(n -> out.println("NOT SENT: " + n.number() + " (" + n.reason() + ")"));
    }
}
