package dev.aiir.commands.model;

import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Tenant;
import java.util.Objects;

/**
 * A queued notice claimed for sending.
 *
 * @param attempts how many sends failed before this one
 */
public record Delivery(long id, Tenant tenant, Recipient to, Message message, int attempts) {
  public Delivery {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(message, "message");
  }
}
