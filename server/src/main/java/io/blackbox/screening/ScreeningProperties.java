package io.blackbox.screening;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the screening module, under {@code app.screening}.
 *
 * @param rateLimit      screenings per second one API key may make (a burst of twice that is allowed);
 *                       default 1000
 * @param maxBatchBytes  the largest batch file accepted; default 200 MB
 * @param maxBatchRows   the most rows one batch file may have; default 1,000,000
 * @param batchHits      hits kept per batch row; default 5
 * @param webhookTimeout seconds to wait for a webhook receiver; default 10
 * @param webhookAllowPrivateAddresses let webhooks reach loopback, private (RFC 1918), shared (RFC 6598) and
 *                       unique-local IPv6 addresses, for an installation whose receivers live in its own
 *                       network; default false. Link-local (cloud metadata), multicast, unspecified and
 *                       reserved addresses are refused all the same. See docs/adr/0009-webhook-address-policy.md
 */
@ConfigurationProperties("app.screening")
public record ScreeningProperties(Integer rateLimit, DataSize maxBatchBytes, Integer maxBatchRows, Integer batchHits,
                                  Integer webhookTimeout, boolean webhookAllowPrivateAddresses) {
    public ScreeningProperties {
        rateLimit = rateLimit == null ? 1000 : rateLimit;
        maxBatchBytes = maxBatchBytes == null ? DataSize.ofMegabytes(200) : maxBatchBytes;
        maxBatchRows = maxBatchRows == null ? 1_000_000 : maxBatchRows;
        batchHits = batchHits == null ? 5 : batchHits;
        webhookTimeout = webhookTimeout == null ? 10 : webhookTimeout;
        if (rateLimit < 1 || maxBatchRows < 1 || batchHits < 1 || batchHits > Screenings.MAX_LIMIT || webhookTimeout < 1) {
            throw new IllegalArgumentException("app.screening settings must be positive (batch-hits at most "
                    + Screenings.MAX_LIMIT + ")");
        }
    }
}
