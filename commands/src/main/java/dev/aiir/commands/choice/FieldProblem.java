package dev.aiir.commands.choice;

/** A form's answer that cannot be used, with the sentence for the person who gave it. */
final class FieldProblem extends RuntimeException {
  private final String key;

  FieldProblem(String key, String message) {
    super(message, null, false, false);
    this.key = key;
  }

  String key() {
    return key;
  }
}
