package dev.aiir.db;

/**
 * What a migration did: how many scripts it applied and the schema version it left.
 *
 * @param schemaVersion the version of the newest applied script, such as {@code 1}
 */
public record MigrationResult(int applied, String schemaVersion) {}
