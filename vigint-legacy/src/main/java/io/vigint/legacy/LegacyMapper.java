package io.vigint.legacy;

import io.vigint.legacy.LegacyRows.ApiKeyRow;
import io.vigint.legacy.LegacyRows.ClientRow;
import io.vigint.legacy.LegacyRows.PaymentRow;
import io.vigint.legacy.LegacyRows.UsageRow;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** The reads of the original's tables; the statements are in {@code LegacyMapper.xml} beside this type. */
public interface LegacyMapper {
    List<ClientRow> clients();

    List<ApiKeyRow> apiKeys();

    List<PaymentRow> paymentDetails();

    long countUsage(@Param("apiKeyId") long apiKeyId, @Param("afterId") long afterId);

    List<UsageRow> usage(@Param("apiKeyId") long apiKeyId, @Param("afterId") long afterId, @Param("limit") int limit);

    /** The latest {@code timestamp} of the key's rows as text, or {@code null}. */
    String lastUsage(@Param("apiKeyId") long apiKeyId);
}
