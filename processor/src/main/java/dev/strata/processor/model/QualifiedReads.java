package dev.strata.processor.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Completes what each view reads with the views it names through a schema they were not declared
 * in: {@code public.totals} or {@code shop.totals} may be the view declared as {@code totals},
 * since the migrations create it in whatever schema or database they run on, so its reader must be
 * created after it. Applied to the views of the code only: the reads a snapshot recorded stay as
 * they are, so the migrations planned from them keep their plan and checksum.
 */
public final class QualifiedReads {

  private QualifiedReads() {}

  public static List<ViewDefinition> resolve(List<ViewDefinition> views) {
    Set<String> names = new HashSet<>();
    views.forEach(view -> names.add(view.name().toLowerCase(Locale.ROOT)));
    List<ViewDefinition> resolved = new ArrayList<>();
    for (ViewDefinition view : views) {
      List<String> reads = view.reads().orElse(List.of());
      List<String> completed = new ArrayList<>(reads);
      for (String read : reads) {
        String unqualified = read.substring(read.lastIndexOf('.') + 1);
        // a view declared without a schema may stand behind any qualified name of it
        if (!names.contains(read) && !unqualified.equals(read) && names.contains(unqualified)) {
          completed.add(unqualified);
        }
      }
      resolved.add(
          completed.size() == reads.size()
              ? view
              : view.toBuilder().reads(Optional.of(completed)).build());
    }
    return resolved;
  }
}
