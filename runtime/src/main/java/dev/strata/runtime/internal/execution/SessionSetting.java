package dev.strata.runtime.internal.execution;

/**
 * One setting of a database session that a migration's SQL changes, and that outlives the migration
 * on its connection: how to read its value, and how to set a value back.
 *
 * @param key what tells two settings apart: the same key is read once per migration
 * @param value an expression whose value is the setting's, selected to read it
 * @param assignment the statement that sets it to the one parameter it takes
 */
record SessionSetting(String key, String value, String assignment) {

  SessionSetting {
    if (assignment.indexOf('?') < 0) {
      throw new IllegalArgumentException("An assignment takes its value as a parameter");
    }
  }
}
