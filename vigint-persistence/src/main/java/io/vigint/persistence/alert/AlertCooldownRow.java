package io.vigint.persistence.alert;

import java.time.OffsetDateTime;

/** One row of {@code alert_cooldowns}, as stored; {@code riskRank} is the risk level's place in its order. */
public record AlertCooldownRow(
        long clientId,
        String sourceId,
        String incidentType,
        OffsetDateTime startedAt,
        OffsetDateTime endsAt,
        String riskLevel,
        int riskRank) {}
