package dev.strata.processor;

import com.palantir.javapoet.JavaFile;
import dev.strata.processor.cache.BuildCache;
import dev.strata.processor.cache.CachedIndex;
import dev.strata.processor.cache.CachedMigration;
import dev.strata.processor.cache.IndexKey;
import dev.strata.processor.cache.MigrationKey;
import dev.strata.processor.diff.SchemaDiff;
import dev.strata.processor.diff.SchemaDiffer;
import dev.strata.processor.jpa.EntityCollector;
import dev.strata.processor.options.GeneratedPackage;
import dev.strata.processor.options.ProcessorOptions;
import dev.strata.processor.plan.MigrationPlan;
import dev.strata.processor.plan.MigrationPlanner;
import dev.strata.processor.plan.StepCall;
import dev.strata.processor.snapshot.SnapshotFileFacts;
import dev.strata.processor.snapshot.SnapshotHistory;
import dev.strata.processor.steps.ChainSteps;
import dev.strata.processor.writer.ClassNames;
import dev.strata.processor.writer.MigrationIndexWriter;
import dev.strata.processor.writer.MigrationWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Generates the source of every migration of a snapshot chain, and the index listing them. A
 * version whose two snapshots, steps, package and set are those an earlier build generated it from
 * is taken from the build cache as it was written then, neither its snapshots decoded nor its plan
 * made again; every other version is planned from the snapshots alone, as every later build plans
 * it.
 */
final class ChainGenerator {

  private static final String GENERATOR = StrataProcessor.class.getName();

  private final Elements elements;
  private final ProcessorOptions options;
  private final BuildCache cache;

  ChainGenerator(Elements elements, ProcessorOptions options, BuildCache cache) {
    this.elements = elements;
    this.options = options;
    this.cache = cache;
  }

  /**
   * The generated sources of a chain, each with the classes it came from, held in memory until the
   * build decides to emit them.
   *
   * @param newest the plan of the newest version, when the build has just recorded it
   */
  record Sources(
      String indexClass, List<SourceEmitter.Source> files, Optional<MigrationPlan> newest) {}

  /**
   * @param newestDiff the difference already found between the two newest schemas, when the build
   *     has just recorded the newest: that version is always planned
   */
  Sources generate(
      SnapshotHistory chain,
      Optional<SchemaDiff> newestDiff,
      ChainSteps steps,
      List<DeclaredView> views,
      List<EntityCollector.DeclaredEntity> entities) {
    List<String> viewPackages =
        views.stream()
            .map(view -> elements.getPackageOf(view.element()))
            .map(element -> element.getQualifiedName().toString())
            .toList();
    String packageName = GeneratedPackage.choose(options.packageName(), viewPackages, chain);
    Origins origins = new Origins(views, entities);
    List<SourceEmitter.Source> files = new ArrayList<>();
    List<MigrationIndexWriter.Entry> entries = new ArrayList<>();
    Optional<MigrationPlan> newest = Optional.empty();
    for (int version = 1; version <= chain.newestVersion(); version++) {
      List<StepCall> calls = steps.callsAt(chain, version);
      boolean planNow = version == chain.newestVersion() && newestDiff.isPresent();
      Optional<String> key = planNow ? Optional.empty() : key(chain, version, calls, packageName);
      Optional<CachedMigration> cached = key.flatMap(cache::migration);
      CachedMigration migration;
      if (cached.isPresent()) {
        migration = cached.get();
      } else {
        SchemaDiff diff =
            planNow
                ? newestDiff.get()
                : new SchemaDiffer().diff(chain.schemaAt(version - 1), chain.schemaAt(version));
        MigrationPlan plan =
            new MigrationPlanner()
                .plan(
                    version,
                    chain.schemaAt(version - 1),
                    chain.schemaAt(version),
                    diff,
                    chain.rulesAt(version),
                    calls);
        newest = planNow ? Optional.of(plan) : newest;
        migration = generated(key.orElse(""), packageName, plan, Origins.changed(diff));
      }
      key.ifPresent(unused -> cache.keep(migration));
      List<TypeElement> from = new ArrayList<>(origins.of(migration.changes()));
      from.addAll(steps.elementsInRound(chain, version));
      files.add(
          new SourceEmitter.Source(
              packageName + "." + migration.className(), migration.source(), from));
      entries.add(
          new MigrationIndexWriter.Entry(
              version, migration.description(), migration.className(), migration.checksum()));
    }
    List<TypeElement> all = new ArrayList<>(origins.all());
    all.addAll(steps.elementsInRound());
    String indexClass = packageName + "." + ClassNames.index(options.set());
    files.add(new SourceEmitter.Source(indexClass, index(packageName, entries), all));
    return new Sources(indexClass, files, newest);
  }

  /**
   * The index's source: the one an earlier build wrote when it listed the same migrations, since
   * writing the text of a thousand entries is most of what is left of a build with no change.
   */
  private String index(String packageName, List<MigrationIndexWriter.Entry> entries) {
    String key = IndexKey.of(packageName, options.set(), entries);
    String source =
        cache
            .index(key)
            .orElseGet(
                () ->
                    SourceEmitter.text(
                        new MigrationIndexWriter(GENERATOR)
                            .writeEntries(packageName, options.set(), entries)));
    cache.keep(new CachedIndex(key, source));
    return source;
  }

  /** The cache key of a version, when this build read both of its snapshot files. */
  private Optional<String> key(
      SnapshotHistory chain, int version, List<StepCall> calls, String packageName) {
    Optional<String> after = chain.stored().get(version - 1).facts().map(SnapshotFileFacts::sha256);
    Optional<String> before =
        version == 1
            ? Optional.of("")
            : chain.stored().get(version - 2).facts().map(SnapshotFileFacts::sha256);
    if (after.isEmpty() || before.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        MigrationKey.of(
            packageName,
            options.set(),
            before.filter(hash -> !hash.isEmpty()),
            after.get(),
            calls));
  }

  private CachedMigration generated(
      String key, String packageName, MigrationPlan plan, List<String> changes) {
    JavaFile file = new MigrationWriter(GENERATOR).write(packageName, options.set(), plan);
    return new CachedMigration(
        key,
        plan.version(),
        plan.description(),
        ClassNames.migration(plan),
        plan.checksum(),
        changes,
        SourceEmitter.text(file));
  }
}
