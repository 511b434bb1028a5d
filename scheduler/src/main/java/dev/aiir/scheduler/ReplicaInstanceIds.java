package dev.aiir.scheduler;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.atomic.AtomicInteger;
import org.quartz.spi.InstanceIdGenerator;

/**
 * Names each clustered scheduler {@code host-pid-n}: unique per replica, and per scheduler within
 * one JVM (as tests run two), where Quartz's default (host and the current millisecond) could
 * repeat. The name shows which replica is which in {@code QRTZ_SCHEDULER_STATE}.
 */
public final class ReplicaInstanceIds implements InstanceIdGenerator {
  private static final AtomicInteger SCHEDULERS = new AtomicInteger();

  @Override
  public String generateInstanceId() {
    return host() + "-" + ProcessHandle.current().pid() + "-" + SCHEDULERS.incrementAndGet();
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "replica";
    }
  }
}
