package dev.aiir.bench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The benchmarks sit on top of the bot: they start it as its tests do, through the application
 * ({@code app}: {@code BotServer}, {@code Application}) and its settings, with a few public pieces
 * of its adapters (Slack's signer and sleeper, offline drafting). Nothing in the bot imports them,
 * and they never go through the bot's command line or the parts it wires itself.
 */
@AnalyzeClasses(
    packages = {"dev.aiir.bench", "dev.aiir.bot"},
    importOptions = ImportOption.DoNotIncludeTests.class)
class BenchLayersTest {
  @ArchTest
  static final ArchRule theBotNeverImportsTheBenchmarks =
      layeredArchitecture()
          .consideringOnlyDependenciesInAnyPackage("dev.aiir.bench..", "dev.aiir.bot..")
          .layer("bench")
          .definedBy("dev.aiir.bench..")
          .layer("bot")
          .definedBy("dev.aiir.bot..")
          .whereLayer("bench")
          .mayNotBeAccessedByAnyLayer();

  @ArchTest
  static final ArchRule theBenchmarksStartTheBotThroughItsApplication =
      noClasses()
          .that()
          .resideInAPackage("dev.aiir.bench..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.aiir.bot.cli..",
              "dev.aiir.bot.replica..",
              "dev.aiir.bot.discord..",
              "dev.aiir.bot.console..");
}
