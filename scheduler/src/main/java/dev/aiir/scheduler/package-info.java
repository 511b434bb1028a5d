/**
 * When aiir acts: durable timers on Quartz's JDBC job store, implementing the core's {@code Timers}
 * port. The staged restoration of traffic and the PIR deadline build on it.
 */
package dev.aiir.scheduler;
