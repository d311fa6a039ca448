package dev.strata.runtime;

/**
 * Thrown by {@link Strata#validate()} when the history table disagrees with the code; carries the
 * whole report, so that a tool can list every problem.
 *
 * <pre>{@code
 * try {
 *   strata.validate();
 * } catch (ValidationException e) {
 *   e.report().problems().forEach(p -> System.err.println(p.message()));
 * }
 * }</pre>
 */
public class ValidationException extends StrataException {

  private static final long serialVersionUID = 1L;

  private final transient ValidationReport report;

  public ValidationException(ValidationReport report) {
    super(report.toString());
    this.report = report;
  }

  /** A failure whose message introduces the report, as a refused start does. */
  public ValidationException(String message, ValidationReport report) {
    super(message);
    this.report = report;
  }

  public ValidationReport report() {
    return report;
  }
}
