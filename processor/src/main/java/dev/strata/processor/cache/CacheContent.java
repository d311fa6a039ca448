package dev.strata.processor.cache;

import dev.strata.processor.snapshot.SnapshotFileFacts;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one build leaves for the next.
 *
 * @param processor the identity of the processor build that made it ({@link ProcessorBuild})
 * @param snapshots what the build learnt about each snapshot file, in version order
 * @param analysed the views of the newest snapshot whose recorded analysis this processor repeats
 * @param migrations the generated migrations, in version order
 * @param index the generated index; {@link CachedIndex#NONE} when the build generated none
 */
record CacheContent(
    String processor,
    List<SnapshotFileFacts> snapshots,
    AnalysedViews analysed,
    List<CachedMigration> migrations,
    CachedIndex index) {

  static final CacheContent EMPTY =
      new CacheContent("", List.of(), AnalysedViews.NONE, List.of(), CachedIndex.NONE);

  CacheContent {
    Objects.requireNonNull(processor, "processor");
    Objects.requireNonNull(analysed, "analysed");
    Objects.requireNonNull(index, "index");
    snapshots = List.copyOf(snapshots);
    migrations = List.copyOf(migrations);
  }

  /**
   * The views of one snapshot whose recorded analysis (hash, reads, columns, column reads) this
   * processor gives again for the same SQL text, so that such a view's query is not parsed again.
   *
   * @param snapshot the hash of the snapshot's text
   * @param views their names
   */
  record AnalysedViews(String snapshot, Set<String> views) {

    static final AnalysedViews NONE = new AnalysedViews("", Set.of());

    AnalysedViews {
      Objects.requireNonNull(snapshot, "snapshot");
      views = Set.copyOf(views);
    }
  }
}
