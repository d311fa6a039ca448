package dev.strata.processor.cache;

import dev.strata.processor.model.Sha256;
import dev.strata.processor.snapshot.SnapshotFileFacts;
import dev.strata.processor.snapshot.SnapshotHistory;
import dev.strata.processor.snapshot.StoredSnapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What earlier builds of one snapshot folder learnt, in one file under the build's output folder
 * ({@code target/strata-cache/}): each snapshot file's header, each migration's generated source,
 * the index's source, and which views' recorded analysis this processor repeats. Loaded whole at
 * the start of a build and saved whole at its end, holding then only what this build used. A
 * missing, damaged or foreign file reads as empty, and a file that cannot be written is left alone:
 * the cache saves work and is never the reason a build fails or generates something else.
 */
public final class BuildCache {

  /** The folder beside the class output that holds the cache files. */
  public static final String FOLDER = "strata-cache";

  private final Optional<Path> file;
  private final CacheContent loaded;
  private final Map<String, CachedMigration> loadedMigrations = new TreeMap<>();
  private final Map<String, CachedMigration> used = new LinkedHashMap<>();
  private CacheContent.AnalysedViews analysed = CacheContent.AnalysedViews.NONE;
  private CachedIndex index = CachedIndex.NONE;

  private BuildCache(Optional<Path> file, CacheContent loaded) {
    this.file = file;
    this.loaded = loaded;
    loaded.migrations().forEach(migration -> loadedMigrations.put(migration.key(), migration));
  }

  /** A cache that knows nothing and keeps nothing, as {@code -Astrata.cache=false} asks. */
  public static BuildCache disabled() {
    return new BuildCache(Optional.empty(), CacheContent.EMPTY);
  }

  /**
   * The cache of a snapshot folder and set, in {@code strata-cache/} beside the class output.
   *
   * @param classOutput the compiler's class output folder ({@code target/classes})
   */
  public static BuildCache open(Path classOutput, Path snapshotFolder, String set) {
    Path parent = classOutput.toAbsolutePath().getParent();
    if (parent == null) {
      return disabled();
    }
    // one file per folder and set: a module's main and test compilations share target/
    String name =
        set
            + "-"
            + Sha256.hex(snapshotFolder.toAbsolutePath().normalize().toString()).substring(0, 12);
    Path file = parent.resolve(FOLDER).resolve(name + ".cache");
    return new BuildCache(Optional.of(file), load(file));
  }

  private static CacheContent load(Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        return CacheContent.EMPTY;
      }
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return CacheFile.decode(text)
          .filter(content -> content.processor().equals(ProcessorBuild.identity()))
          .orElse(CacheContent.EMPTY);
    } catch (IOException | RuntimeException e) {
      return CacheContent.EMPTY;
    }
  }

  /** The file the cache is kept in; empty when the cache is disabled. */
  public Optional<Path> file() {
    return file;
  }

  /** By file name, what the last build learnt about each snapshot file. */
  public Map<String, SnapshotFileFacts> knownSnapshots() {
    Map<String, SnapshotFileFacts> known = new TreeMap<>();
    loaded.snapshots().forEach(facts -> known.put(facts.name(), facts));
    return known;
  }

  /** The migration generated from {@code key}'s inputs, if the last build generated it. */
  public Optional<CachedMigration> migration(String key) {
    return Optional.ofNullable(loadedMigrations.get(key));
  }

  /** The index source generated from {@code key}'s inputs, if the last build generated it. */
  public Optional<String> index(String key) {
    CachedIndex known = loaded.index();
    return known.key().equals(key) ? Optional.of(known.source()) : Optional.empty();
  }

  /** Keeps the index this build generated or reused, for the next build. */
  public void keep(CachedIndex generated) {
    index = generated;
  }

  /** Keeps a migration this build generated or reused, for the next build. */
  public void keep(CachedMigration migration) {
    used.put(migration.key(), migration);
  }

  /**
   * The views of the snapshot whose text hashes to {@code snapshotSha256} whose recorded analysis
   * this processor repeats for the same SQL text; none when the last build learnt it of another.
   */
  public Set<String> analysedViews(String snapshotSha256) {
    CacheContent.AnalysedViews known = loaded.analysed();
    return known.snapshot().equals(snapshotSha256) ? known.views() : Set.of();
  }

  /** Records which views of the snapshot hashing to {@code snapshotSha256} analyse as recorded. */
  public void analysed(String snapshotSha256, Set<String> views) {
    analysed = new CacheContent.AnalysedViews(snapshotSha256, views);
  }

  /**
   * Writes what this build learnt: the files of {@code history} that it read, the migrations it
   * kept and the views it analysed. Written through a temporary file moved into place, and only
   * when it differs from what was loaded; any failure leaves the cache as it was.
   */
  public void save(SnapshotHistory history) {
    if (file.isEmpty()) {
      return;
    }
    List<SnapshotFileFacts> snapshots = new ArrayList<>();
    for (StoredSnapshot stored : history.stored()) {
      stored.facts().ifPresent(snapshots::add);
    }
    CacheContent content =
        new CacheContent(
            ProcessorBuild.identity(), snapshots, analysed, new ArrayList<>(used.values()), index);
    if (content.equals(loaded)) {
      return;
    }
    write(file.get(), CacheFile.encode(content));
  }

  private static void write(Path target, String text) {
    Path temporary = target.resolveSibling("." + UUID.randomUUID() + ".tmp");
    try {
      Files.createDirectories(target.getParent());
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      try {
        Files.move(
            temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException e) {
      // a cache that cannot be written only means the next build does all the work again
    } finally {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException e) {
        // a leftover hidden temporary file is harmless: it is never read
      }
    }
  }
}
