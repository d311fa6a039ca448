package dev.strata.runtime;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What {@link Strata#validate()} found comparing the history table with the code: every problem,
 * and how many migrations are applied and pending. Pending migrations are not a problem.
 *
 * <pre>{@code
 * ValidationReport report = strata.validate();   // throws ValidationException if not valid
 * log.info("{} applied, {} pending", report.applied(), report.pending());
 * }</pre>
 *
 * @param problems every problem found, by set, then by version
 * @param applied how many migrations of the loaded sets the database has applied
 * @param pending how many migrations of the loaded sets {@link Strata#upgrade()} would apply
 */
public record ValidationReport(List<ValidationProblem> problems, int applied, int pending) {

  public ValidationReport {
    problems = List.copyOf(problems);
  }

  /** Whether the history agrees with the code, so that an upgrade may proceed. */
  public boolean valid() {
    return problems.isEmpty();
  }

  /** One paragraph per problem, or a one-line summary if there is none. */
  @Override
  public String toString() {
    if (valid()) {
      return "History agrees with the code: " + applied + " applied, " + pending + " pending.";
    }
    return problems.stream().map(ValidationProblem::message).collect(Collectors.joining("\n\n"));
  }
}
