package dev.magicgre.contract.spec;

/** One way an interaction disagrees with the spec: where (pact, interaction, request or response, JSON path) and what. */
record Finding(String interaction, String side, String jsonPath, String message) {

  @Override
  public String toString() {
    return interaction + " " + side + (jsonPath == null || jsonPath.isEmpty() ? "" : " at " + jsonPath) + ": " + message;
  }
}
