package dev.aiir.scheduler.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The scheduler implements the timers port and calls back through the core's front door (a timer
 * fired, reconciliation, queued deliveries); it never reaches a handler or a feature's insides, and
 * never the store's SQL.
 */
@AnalyzeClasses(
    packages = "dev.aiir.scheduler",
    importOptions = ImportOption.DoNotIncludeTests.class)
class SchedulerLayersTest {
  @ArchTest
  static final ArchRule theSchedulerUsesThePortsAndTheFrontDoorOnly =
      noClasses()
          .that()
          .resideInAPackage("dev.aiir.scheduler..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.aiir.commands.handling..",
              "dev.aiir.commands.grammar..",
              "dev.aiir.commands.incident..",
              "dev.aiir.commands.timeline..",
              "dev.aiir.commands.pir..",
              "dev.aiir.commands.rollout..",
              "dev.aiir.commands.gate..",
              "dev.aiir.commands.nudge..",
              "dev.aiir.commands.digest..",
              "dev.aiir.commands.recovery..",
              "dev.aiir.commands.action..",
              "dev.aiir.commands.manager..",
              "dev.aiir.commands.choice..",
              "dev.aiir.db..");

  @ArchTest
  static final ArchRule quartzStaysInTheScheduler =
      noClasses()
          .that()
          .resideInAPackage("dev.aiir.scheduler..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.jdbi..", "org.flywaydb..");
}
