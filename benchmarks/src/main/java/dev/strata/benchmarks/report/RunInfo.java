package dev.strata.benchmarks.report;

import java.util.Map;

/**
 * What the results file says about the run itself.
 *
 * @param command the command that produced it
 * @param plan how much was measured, in words
 * @param date when the run began, UTC
 * @param minutes how long the run took
 * @param versions library and server versions by name, in display order
 */
public record RunInfo(
    String command, String plan, String date, double minutes, Map<String, String> versions) {}
