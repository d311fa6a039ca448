package dev.strata.benchmarks.report;

import dev.strata.benchmarks.profile.Owner;
import dev.strata.benchmarks.profile.OwnerCounts;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the time of a missed target goes: a profile's shares of samples ({@link
 * dev.strata.benchmarks.profile.Attribution} decides whose each sample is), applied to the measured
 * medians. The profile is a run of its own, so the milliseconds are estimates ({@code ≈}); the
 * shares are what the samples say.
 */
final class TimeSplit {

  /** The owners that are the processor's own work inside {@code init} and {@code process}. */
  private static final List<Owner> PROCESSOR_OWN = List.of(Owner.STRATA, Owner.LIBRARY, Owner.JDK);

  private TimeSplit() {}

  /**
   * Strata applying N migrations: the share of its samples that waited on the database and driver,
   * against raw JDBC's whole time (all of it database and driver time, or less), and the rest.
   */
  static String applying(OwnerCounts owners, int n, double strataMillis, double rawMillis) {
    double database = owners.share(Owner.DATABASE) * strataMillis;
    List<String> parts = new ArrayList<>();
    for (Owner owner : owners.present()) {
      parts.add(part(owner.label(), owners.share(owner), strataMillis));
    }
    return "profile at N = "
        + n
        + ", Strata's "
        + Format.millis(strataMillis)
        + ": "
        + String.join(", ", parts)
        + ". Raw JDBC's whole run is "
        + Format.millis(rawMillis)
        + ", so of the "
        + Format.millis(strataMillis - rawMillis)
        + " Strata adds, ≈ "
        + Format.millis(database - rawMillis)
        + " is database and driver time (more statements and commits than raw JDBC's) and ≈ "
        + Format.millis(strataMillis - database)
        + " is Strata and the JDK it calls";
  }

  /**
   * The processor: what it adds to javac split into javac compiling the generated sources (the time
   * outside {@code init} and {@code process}, measured) and the time inside them (measured), which
   * the profile splits into the processor's own code, javac's {@code Filer} and javac's model.
   */
  static String processor(OwnerCounts owners, double addedMillis, double insideMillis) {
    List<String> own = new ArrayList<>();
    List<String> javac = new ArrayList<>();
    for (Owner owner : owners.present()) {
      String part = part(owner.label(), owners.share(owner), insideMillis);
      (PROCESSOR_OWN.contains(owner) ? own : javac).add(part);
    }
    double ownShare = owners.share(PROCESSOR_OWN.toArray(Owner[]::new));
    return "of the "
        + Format.millis(addedMillis)
        + " Strata adds, javac compiling the generated sources (and its extra round) "
        + Format.millis(addedMillis - insideMillis)
        + ", inside the processor "
        + Format.millis(insideMillis)
        + "; by the profile, inside it the processor's own code "
        + part("", ownShare, insideMillis).strip()
        + " ("
        + String.join(", ", own)
        + ")"
        + (javac.isEmpty() ? "" : ", " + String.join(", ", javac));
  }

  /** {@code database and driver 84.0 % ≈ 1,575 ms}. */
  private static String part(String label, double share, double ofMillis) {
    return label + " " + Format.percent(share) + " ≈ " + Format.millis(share * ofMillis);
  }
}
