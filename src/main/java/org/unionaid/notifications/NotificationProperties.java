package org.unionaid.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param mailFrom sender address of notification e-mails
 * @param baseUrl the application's public address, for links in e-mails
 * @param outboxBatchSize e-mails sent per run of the job
 * @param maxAttempts attempts before an e-mail is given up (kept with its last error)
 * @param sendEmail whether the scheduled job sends the outbox (off in development, where there is no mail
 *                  server: e-mails then simply wait in the outbox table)
 */
@ConfigurationProperties("unionaid.notifications")
public record NotificationProperties(
        @DefaultValue("noreply@unionaid.example") String mailFrom,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("50") int outboxBatchSize,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("5m") Duration retryDelay,
        @DefaultValue("true") boolean sendEmail) {
}
