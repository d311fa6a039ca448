package dev.strata.benchmarks.suite;

import dev.strata.benchmarks.profile.SampledProfile;
import dev.strata.benchmarks.profile.StackSampler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Samples the compiling thread's stack during one compilation with the processor and tells what
 * share of the time ran Strata's processor, in which of its methods, and what was executing.
 */
final class ProcessorProfile {

  private final Harness harness;
  private final ProcessorBenchmark compiler;

  ProcessorProfile(Harness harness, ProcessorBenchmark compiler) {
    this.harness = harness;
    this.compiler = compiler;
  }

  void profile(String name, ProcessorBenchmark.Series series) throws IOException {
    Path counts = harness.workspace().profiles().resolve(name + ".txt");
    Files.createDirectories(counts.getParent());
    Files.deleteIfExists(counts);
    compiler.prime(series);
    compiler.compile(series, true, "-D" + StackSampler.PROPERTY + "=" + counts);
    compiler.forgetCache();
    ProfileText.record(
        harness.results(), "profile." + name, SampledProfile.read(counts), "the processor");
  }
}
