package dev.strata.benchmarks.suite;

import dev.strata.benchmarks.profile.OwnerCounts;
import dev.strata.benchmarks.profile.SampledProfile;
import dev.strata.benchmarks.report.Format;
import dev.strata.benchmarks.report.Labels;
import dev.strata.benchmarks.report.Results;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A sampled profile as a few Markdown bullets for the results file. */
final class ProfileText {

  private ProfileText() {}

  /**
   * Keeps {@code profile} as the fact {@code name}, its text, and beside it ({@link
   * Labels#ownersOf}) whose time its samples were, which the targets' verdicts read.
   */
  static void record(Results results, String name, SampledProfile profile, String inside) {
    results.fact(name, describe(profile, inside));
    results.fact(Labels.ownersOf(name), profile.owners().encode());
  }

  /**
   * @param inside what the focused samples were inside of, such as {@code the processor}
   */
  static String describe(SampledProfile profile, String inside) {
    int total = profile.total();
    int focused = Math.max(1, profile.focused());
    return "- "
        + total
        + " stack samples of the measured thread, "
        + profile.focused()
        + " ("
        + share(profile.focused(), total)
        + ") inside "
        + inside
        + ".\n"
        + "- Inside it, executing: "
        + list(profile.libraries(), focused, "")
        + ".\n"
        + "- Whose time (the call Strata made that was running; benchmarks/README.md): "
        + owners(profile.owners())
        + ".\n"
        + "- Top of the stack, inside it: "
        + list(profile.self(8), focused, "`")
        + ".\n"
        + "- Strata's methods by share of those samples (inclusive):\n"
        + profile.inclusive(14).stream()
            .map(e -> "  - `" + e.getKey() + "`: " + share(e.getValue(), focused))
            .collect(Collectors.joining("\n"))
        + "\n";
  }

  private static String owners(OwnerCounts owners) {
    return owners.present().stream()
        .map(owner -> owner.label() + " " + Format.percent(owners.share(owner)))
        .collect(Collectors.joining(", "));
  }

  private static String list(List<Map.Entry<String, Integer>> entries, int total, String quote) {
    return entries.stream()
        .map(e -> quote + e.getKey() + quote + " " + share(e.getValue(), total))
        .collect(Collectors.joining(", "));
  }

  private static String share(int count, int total) {
    return Format.percent(total == 0 ? 0 : (double) count / total);
  }
}
