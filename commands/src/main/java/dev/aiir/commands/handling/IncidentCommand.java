package dev.aiir.commands.handling;

/**
 * A parsed {@code /incident} subcommand: a value made by the text grammar or by a platform's typed
 * options (Discord), handled the same way whichever made it.
 */
public interface IncidentCommand {}
