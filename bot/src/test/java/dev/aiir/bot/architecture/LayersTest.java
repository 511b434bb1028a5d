package dev.aiir.bot.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.aiir.bot.slack.SlackText;
import dev.aiir.commands.TimerFeatures;
import dev.aiir.commands.TimerFired;
import dev.aiir.commands.TimerReconciler;
import dev.aiir.commands.choice.Choices;
import dev.aiir.commands.handling.AfterCommitTimers;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.Handler;

/**
 * The bot reads top-down: the command line ({@code cli}) starts the application ({@code app}),
 * which wires the replica's parts ({@code replica}), the platform adapters ({@code slack}, {@code
 * discord}, {@code console}, {@code offline}), the alert intake ({@code alerts}), the incident page
 * ({@code page}, whose report rendering the CLI uses too) and the trackers' and wikis' clients and
 * webhooks ({@code trackers}); those share the HTTP server ({@code http}), the metrics ({@code
 * metrics}) and the Prometheus client of the rollout gates ({@code prometheus}), and everything
 * reads the configuration ({@code config}). A lower layer never imports a higher one, the platforms
 * never import each other, and the core is reached through its front door.
 */
@AnalyzeClasses(packages = "dev.aiir.bot", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {
  private static final String[] PLATFORMS = {
    "dev.aiir.bot.slack..",
    "dev.aiir.bot.discord..",
    "dev.aiir.bot.console..",
    "dev.aiir.bot.offline.."
  };

  @ArchTest
  static final ArchRule lowerLayersNeverImportHigherOnes =
      layeredArchitecture()
          .consideringOnlyDependenciesInAnyPackage("dev.aiir.bot..")
          .layer("cli")
          .definedBy("dev.aiir.bot.cli..")
          .layer("app")
          .definedBy("dev.aiir.bot.app..")
          .layer("replica")
          .definedBy("dev.aiir.bot.replica..")
          .layer("platforms")
          .definedBy(PLATFORMS)
          .layer("alerts")
          .definedBy("dev.aiir.bot.alerts..")
          .layer("page")
          .definedBy("dev.aiir.bot.page..")
          .layer("trackers")
          .definedBy("dev.aiir.bot.trackers..")
          .layer("shared")
          .definedBy("dev.aiir.bot.http..", "dev.aiir.bot.metrics..", "dev.aiir.bot.prometheus..")
          .layer("config")
          .definedBy("dev.aiir.bot.config..")
          .whereLayer("cli")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("app")
          .mayOnlyBeAccessedByLayers("cli")
          .whereLayer("replica")
          .mayOnlyBeAccessedByLayers("app")
          .whereLayer("platforms")
          .mayOnlyBeAccessedByLayers("cli", "app")
          .whereLayer("alerts")
          .mayOnlyBeAccessedByLayers("app")
          .whereLayer("page")
          .mayOnlyBeAccessedByLayers("cli", "app")
          .whereLayer("trackers")
          .mayOnlyBeAccessedByLayers("cli", "app")
          .whereLayer("shared")
          .mayOnlyBeAccessedByLayers(
              "cli", "app", "replica", "platforms", "alerts", "page", "trackers")
          .whereLayer("config")
          .mayOnlyBeAccessedByLayers(
              "cli", "app", "replica", "platforms", "alerts", "page", "trackers", "shared");

  /**
   * Trackers and wikis are reached over their own HTTP APIs, apart from chat and from alerts: the
   * clients never import a platform or the alert intake, and neither imports them.
   */
  @ArchTest
  static final ArchRule theTrackersStayApartFromPlatformsAndAlerts =
      noClasses()
          .that()
          .resideInAPackage("dev.aiir.bot.trackers..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(PLATFORMS)
          .orShould()
          .dependOnClassesThat()
          .resideInAnyPackage("dev.aiir.bot.alerts..", "dev.aiir.bot.replica..");

  /**
   * Alerts come in over HTTP from monitoring, beside the chat platforms and apart from them: the
   * intake never imports a platform, and no platform imports the intake.
   */
  @ArchTest
  static final ArchRule theAlertIntakeStaysApartFromThePlatforms =
      noClasses()
          .that()
          .resideInAPackage("dev.aiir.bot.alerts..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(PLATFORMS)
          .andShould()
          .dependOnClassesThat()
          .resideInAPackage("dev.aiir.bot.replica..");

  @ArchTest static final ArchRule slackStaysApart = apart("slack");

  @ArchTest static final ArchRule discordStaysApart = apart("discord");

  @ArchTest static final ArchRule theConsoleStaysApart = apart("console");

  /**
   * The page only reads: it renders what the core's insights give it, and never reaches a platform,
   * the store's ports, the command layer or SQL.
   */
  @ArchTest
  static final ArchRule thePageOnlyReads =
      noClasses()
          .that()
          .resideInAPackage("dev.aiir.bot.page..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("dev.aiir.bot.slack..")
                  .or(resideInAPackage("dev.aiir.bot.discord.."))
                  .or(resideInAPackage("dev.aiir.bot.console.."))
                  .or(resideInAPackage("dev.aiir.db.."))
                  .or(
                      belongToAnyOf(
                          dev.aiir.commands.IncidentBot.class,
                          dev.aiir.commands.port.IncidentStore.class,
                          dev.aiir.commands.port.TenantStore.class,
                          dev.aiir.commands.port.InsightQueries.class,
                          dev.aiir.commands.port.ChatPlatform.class,
                          dev.aiir.commands.port.ChatPlatforms.class))
                  .or(resideInAPackage("java.sql..")));

  /**
   * Drafting from exports reads Slack's and Discord's files, not their APIs: of the adapters it may
   * use only Slack's text rules (mrkdwn, escaping), as Slack's export is written in them.
   */
  @ArchTest
  static final ArchRule offlineDraftingUsesOnlySlacksTextRules =
      noClasses()
          .that()
          .resideInAPackage("dev.aiir.bot.offline..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("dev.aiir.bot.slack..")
                  .and(not(belongToAnyOf(SlackText.class)))
                  .or(resideInAPackage("dev.aiir.bot.discord.."))
                  .or(resideInAPackage("dev.aiir.bot.console..")));

  /**
   * Every command runs through the front door ({@code IncidentBot}), as on every platform: no
   * adapter calls a handler or the press machinery ({@code Choices}) directly; the handlers'
   * registry is the core's own (package-private).
   */
  @ArchTest
  static final ArchRule commandsRunOnlyThroughTheFrontDoor =
      noClasses()
          .that()
          .resideInAPackage("dev.aiir.bot..")
          .should()
          .dependOnClassesThat(assignableTo(Handler.class).or(belongToAnyOf(Choices.class)));

  /** Only the wiring builds the core, its timers and their reconciliation. */
  @ArchTest
  static final ArchRule onlyTheApplicationBuildsTheCore =
      noClasses()
          .that()
          .resideInAPackage("dev.aiir.bot..")
          .and()
          .resideOutsideOfPackage("dev.aiir.bot.app..")
          .should()
          .dependOnClassesThat(
              belongToAnyOf(
                  Core.class,
                  AfterCommitTimers.class,
                  TimerFeatures.class,
                  TimerFired.class,
                  TimerReconciler.class));

  /** {@code slack}, {@code discord} or {@code console}: never imports another platform. */
  private static ArchRule apart(String platform) {
    String own = "dev.aiir.bot." + platform + "..";
    String[] others =
        java.util.Arrays.stream(PLATFORMS).filter(p -> !p.equals(own)).toArray(String[]::new);
    return noClasses()
        .that()
        .resideInAPackage(own)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(others)
        .as("the " + platform + " adapter never imports another platform (" + platform + ")");
  }
}
