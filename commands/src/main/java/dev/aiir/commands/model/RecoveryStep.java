package dev.aiir.commands.model;

import java.util.Optional;

/** The remediation checklist of an AI incident, in the order the work is done. */
public enum RecoveryStep {
  ROOT_CAUSE("root-cause", "Root cause identification"),
  DATA("data", "Data remediation"),
  RETRAIN("retrain", "Model retraining"),
  VALIDATE("validate", "Validation and testing");

  private final String key;
  private final String title;

  RecoveryStep(String key, String title) {
    this.key = key;
    this.title = title;
  }

  public String key() {
    return key;
  }

  public String title() {
    return title;
  }

  public static Optional<RecoveryStep> parse(String text) {
    for (RecoveryStep step : values()) {
      if (step.key.equalsIgnoreCase(text.strip())) {
        return Optional.of(step);
      }
    }
    return Optional.empty();
  }
}
