package dev.aiir.commands.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;

/**
 * The core reads bottom-up: the chat vocabulary and the runtime, then the model (the leaves), the
 * ports, the handling every command shares, the features, and the front door on top. A lower floor
 * never imports a higher one, and features never go round in a circle.
 */
@AnalyzeClasses(
    packages = "dev.aiir.commands",
    importOptions = ImportOption.DoNotIncludeTests.class)
class FloorsTest {
  private static final String[] FEATURES = {
    "..commands.action..",
    "..commands.alert..",
    "..commands.choice..",
    "..commands.delivery..",
    "..commands.digest..",
    "..commands.gate..",
    "..commands.export..",
    "..commands.grammar..",
    "..commands.incident..",
    "..commands.insight..",
    "..commands.manager..",
    "..commands.nudge..",
    "..commands.pir..",
    "..commands.recovery..",
    "..commands.rollout..",
    "..commands.talk..",
    "..commands.timeline.."
  };

  @ArchTest static final ArchRule lowerFloorsNeverImportHigherOnes = floors();

  @ArchTest
  static final ArchRule featuresImportEachOtherWithoutCycles =
      slices().matching("dev.aiir.commands.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule theGrammarNeverImportsButtons =
      com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
          .that()
          .resideInAPackage("..commands.grammar..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..commands.choice..");

  private static LayeredArchitecture floors() {
    return layeredArchitecture()
        .consideringOnlyDependenciesInAnyPackage("dev.aiir.commands..")
        .layer("chat")
        .definedBy("dev.aiir.commands.chat..")
        .layer("runtime")
        .definedBy("dev.aiir.commands.runtime..")
        .layer("model")
        .definedBy("dev.aiir.commands.model..")
        .layer("port")
        .definedBy("dev.aiir.commands.port..")
        .layer("handling")
        .definedBy("dev.aiir.commands.handling..")
        .layer("features")
        .definedBy(FEATURES)
        .layer("front door")
        .definedBy("dev.aiir.commands")
        .whereLayer("front door")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("features")
        .mayOnlyBeAccessedByLayers("front door")
        .whereLayer("handling")
        .mayOnlyBeAccessedByLayers("features", "front door")
        .whereLayer("port")
        .mayOnlyBeAccessedByLayers("handling", "features", "front door")
        .whereLayer("model")
        .mayOnlyBeAccessedByLayers("port", "handling", "features", "front door")
        .whereLayer("runtime")
        .mayOnlyBeAccessedByLayers("handling", "features", "front door")
        .whereLayer("chat")
        .mayOnlyBeAccessedByLayers("model", "port", "handling", "features", "front door");
  }
}
