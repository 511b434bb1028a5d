package dev.aiir.db.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The store implements the core's ports and knows its values, nothing above them: it never reaches
 * the core's handling, features or front door, and never the scheduler.
 */
@AnalyzeClasses(packages = "dev.aiir.db", importOptions = ImportOption.DoNotIncludeTests.class)
class StoreLayersTest {
  @ArchTest
  static final ArchRule theStoreUsesOnlyTheCoresLowerFloors =
      noClasses()
          .that()
          .resideInAPackage("dev.aiir.db..")
          .should()
          .dependOnClassesThat()
          .resideOutsideOfPackages(
              "dev.aiir.db..",
              "dev.aiir.commands.chat..",
              "dev.aiir.commands.runtime..",
              "dev.aiir.commands.model..",
              "dev.aiir.commands.port..",
              "java..",
              "javax..",
              "org.jdbi..",
              "org.flywaydb..",
              "org.sqlite..",
              "org.postgresql..",
              "com.zaxxer.hikari..",
              "org.slf4j..",
              "com.fasterxml.jackson..");
}
