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
 * @param pending how many migrations of the loaded sets {@link Strata#upgrade()} would apply, not
 *     counting those of {@code running}
 * @param running the runs that another session is carrying out now: not a problem, since their
 *     holder is alive and upgrades wait for it
 */
public record ValidationReport(
    List<ValidationProblem> problems, int applied, int pending, List<ActiveRun> running) {

  public ValidationReport {
    problems = List.copyOf(problems);
    running = List.copyOf(running);
  }

  /** A report in which no run is in progress. */
  public ValidationReport(List<ValidationProblem> problems, int applied, int pending) {
    this(problems, applied, pending, List.of());
  }

  /** Whether the history agrees with the code, so that an upgrade may proceed. */
  public boolean valid() {
    return problems.isEmpty();
  }

  /** One paragraph per problem, or a one-line summary if there is none. */
  @Override
  public String toString() {
    if (valid()) {
      String summary =
          "History agrees with the code: " + applied + " applied, " + pending + " pending.";
      return running.isEmpty()
          ? summary
          : summary
              + running.stream().map(run -> "\nIn progress: " + run).collect(Collectors.joining());
    }
    return problems.stream().map(ValidationProblem::message).collect(Collectors.joining("\n\n"));
  }
}
