package dev.aiir.bot.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/**
 * Points JDA at a configured gateway ({@code DISCORD_GATEWAY_URL}): JDA never asks REST for the
 * gateway, it takes the session controller's, so this is the one place to change it.
 */
final class FixedGateway extends SessionControllerAdapter {
  private final String url;

  FixedGateway(String url) {
    this.url = url;
  }

  @Override
  public String getGateway() {
    return url;
  }

  @Override
  public ShardedGateway getShardedGateway(JDA api) {
    return new ShardedGateway(url, 1);
  }
}
