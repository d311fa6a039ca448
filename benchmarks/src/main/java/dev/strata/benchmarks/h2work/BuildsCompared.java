package dev.strata.benchmarks.h2work;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Two builds of Strata applying the same one-view migrations to H2 in memory in one JVM, each in a
 * class loader of its own, taking turns upgrade by upgrade ({@link OneUpgrade}): their thread CPU
 * and bytes per migration, and the ratio of their CPU paired round by round, which a machine whose
 * load drifts moves far less than either alone. The first third of the rounds warm up. Run on
 * demand, never by the build, with each build's {@code benchmarks/target/classes} and {@code
 * benchmarks/target/lib} (after {@code -Pbenchmarks package}) copied aside for the old one:
 *
 * <pre>
 * java -cp "benchmarks/target/classes:benchmarks/target/lib/*" \
 *   dev.strata.benchmarks.h2work.BuildsCompared 1000 45 \
 *   /tmp/old/classes /tmp/old/lib benchmarks/target/classes benchmarks/target/lib
 * </pre>
 */
public final class BuildsCompared {

  private BuildsCompared() {}

  public static void main(String[] args) throws Exception {
    // as H2ApplyWork: an INFO line per migration would be measured too
    java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
    int migrations = Integer.parseInt(args[0]);
    int rounds = Integer.parseInt(args[1]);
    Method[] upgrade = {upgrade(args[2], args[3]), upgrade(args[4], args[5])};
    List<List<long[]>> measured = List.of(new ArrayList<>(), new ArrayList<>());
    for (int round = 0; round < rounds; round++) {
      for (int turn = 0; turn < 2; turn++) {
        // each build goes first every other round
        int build = round % 2 == 0 ? turn : 1 - turn;
        long[] work = (long[]) upgrade[build].invoke(null, migrations);
        if (round >= rounds / 3) {
          measured.get(build).add(work);
        }
      }
    }
    double[] ratios = new double[measured.get(0).size()];
    for (int i = 0; i < ratios.length; i++) {
      ratios[i] = (double) measured.get(1).get(i)[0] / measured.get(0).get(i)[0];
    }
    Arrays.sort(ratios);
    System.out.printf(
        "%d upgrades of %d one-view migrations per build, H2 in memory; per migration:%n",
        ratios.length, migrations);
    print("old", measured.get(0), migrations);
    print("new", measured.get(1), migrations);
    System.out.printf(
        "new CPU / old CPU, paired by round: median %.2f (quartiles %.2f-%.2f)%n",
        ratios[ratios.length / 2], ratios[ratios.length / 4], ratios[3 * ratios.length / 4]);
  }

  /** {@link OneUpgrade#run} as the build in {@code classes} and the jars of {@code lib} have it. */
  private static Method upgrade(String classes, String lib) throws Exception {
    List<URL> path = new ArrayList<>();
    path.add(new File(classes).toURI().toURL());
    File[] jars = new File(lib).listFiles((folder, name) -> name.endsWith(".jar"));
    if (jars == null) {
      throw new IllegalArgumentException("No folder of jars at " + lib);
    }
    Arrays.sort(jars);
    for (File jar : jars) {
      path.add(jar.toURI().toURL());
    }
    // last: OneUpgrade itself, for an old build that lacks it
    path.add(BuildsCompared.class.getProtectionDomain().getCodeSource().getLocation());
    ClassLoader loader =
        new URLClassLoader(path.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
    return loader.loadClass(OneUpgrade.class.getName()).getMethod("run", int.class);
  }

  private static void print(String build, List<long[]> rounds, int migrations) {
    long[] cpu = rounds.stream().mapToLong(work -> work[0]).sorted().toArray();
    long[] bytes = rounds.stream().mapToLong(work -> work[1]).sorted().toArray();
    System.out.printf(
        "  %s: CPU %.0f us (%.0f-%.0f), allocated %.1f KB (%.1f-%.1f)%n",
        build,
        cpu[cpu.length / 2] / 1e3 / migrations,
        cpu[0] / 1e3 / migrations,
        cpu[cpu.length - 1] / 1e3 / migrations,
        bytes[bytes.length / 2] / 1024.0 / migrations,
        bytes[0] / 1024.0 / migrations,
        bytes[bytes.length - 1] / 1024.0 / migrations);
  }
}
