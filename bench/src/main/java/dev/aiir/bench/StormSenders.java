package dev.aiir.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends a storm's alerts to one or more replicas at once: the senders are split evenly between the
 * ports, each replica's share driven by one {@link EventLoopClient} on a thread of its own, and
 * alert {@code i} of the storm goes to replica {@code i % replicas}, so that the same fingerprint
 * reaches both replicas at the same moment.
 */
final class StormSenders {
  private final List<Integer> ports;
  private final int concurrency;
  private final AlertStorm storm;

  StormSenders(List<Integer> ports, int concurrency, AlertStorm storm) {
    this.ports = List.copyOf(ports);
    this.concurrency = concurrency;
    this.storm = storm;
  }

  StormResult send(int count) throws InterruptedException {
    int replicas = ports.size();
    long[] nanos = new long[count];
    boolean[] declaring = new boolean[count];
    AtomicInteger declared = new AtomicInteger();
    AtomicInteger unchanged = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    List<RuntimeException> faults = new ArrayList<>();
    double loadBefore = CpuMeter.loadAverage();
    long start = System.nanoTime();
    for (int r = 0; r < replicas; r++) {
      int replica = r;
      int share = count / replicas + (r < count % replicas ? 1 : 0);
      int senders = concurrency / replicas + (r < concurrency % replicas ? 1 : 0);
      String authority = "127.0.0.1:" + ports.get(r);
      Thread thread =
          new Thread(
              () -> {
                try (EventLoopClient client =
                    new EventLoopClient("127.0.0.1", ports.get(replica), senders)) {
                  client.drive(
                      share,
                      i -> storm.request(authority, i * replicas + replica),
                      (i, elapsed, status, body) -> {
                        nanos[i * replicas + replica] = elapsed;
                        if (status != 200) {
                          failed.incrementAndGet();
                        } else if (body.contains("\"action\":\"declared\"")) {
                          declared.incrementAndGet();
                          declaring[i * replicas + replica] = true;
                        } else if (body.contains("\"action\":\"unchanged\"")) {
                          unchanged.incrementAndGet();
                        }
                      });
                } catch (IOException e) {
                  synchronized (faults) {
                    faults.add(new UncheckedIOException(e));
                  }
                }
              },
              "storm-" + r);
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    long wall = System.nanoTime() - start;
    if (!faults.isEmpty()) {
      throw faults.get(0);
    }
    return new StormResult(
        new Latencies(nanos),
        Latencies.split(nanos, declaring),
        wall,
        declared.get(),
        unchanged.get(),
        failed.get(),
        loadBefore,
        CpuMeter.loadAverage());
  }
}
