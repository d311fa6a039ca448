package dev.strata.readme;

/** The README's marked snippets cannot make a project; the message names the line and the fix. */
final class ReadmeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  ReadmeException(String message) {
    super(message);
  }
}
