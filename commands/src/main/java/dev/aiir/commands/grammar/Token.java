package dev.aiir.commands.grammar;

/** A whitespace-separated word of a command line and where it stands in the line. */
record Token(String text, int start, int end) {}
