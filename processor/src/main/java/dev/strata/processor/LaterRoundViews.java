package dev.strata.processor;

import dev.strata.processor.jpa.JpaNaming;
import dev.strata.processor.snapshot.SnapshotException;
import dev.strata.processor.snapshot.SnapshotStore;
import dev.strata.processor.snapshot.StoredSnapshot;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * Refuses the views that a later round declares: classes another annotation processor generated,
 * since Strata's own generated code declares none. The first round recorded the schema without
 * them, so a new view would be missing from the snapshot, and a recorded one whose class is
 * generated would be dropped by the next version. Each gets an error on its class, and a snapshot
 * the first round wrote is removed, so that the failed build leaves the folder as it found it. A
 * generated copy of a view the sources declare alike (same name and query) is left alone.
 */
final class LaterRoundViews {

  private final Elements elements;
  private final Messager messager;
  // what the first round read and wrote; as set here when it stopped before reading its views
  private List<DeclaredView> firstRoundViews = List.of();
  private JpaNaming naming = JpaNaming.JPA;
  private SnapshotStore store;
  private StoredSnapshot written;

  LaterRoundViews(Elements elements, Messager messager) {
    this.elements = elements;
    this.messager = messager;
  }

  /** The views the first round collected, by the naming it read them with, and their folder. */
  void firstRound(List<DeclaredView> views, JpaNaming naming, SnapshotStore store) {
    this.firstRoundViews = views;
    this.naming = naming;
    this.store = store;
  }

  /** The snapshot the first round wrote, which a refused view removes. */
  void recorded(StoredSnapshot written) {
    this.written = written;
  }

  void refuse(RoundEnvironment round) {
    boolean refused = false;
    for (DeclaredView view : new ViewCollector(elements, naming).declaredIn(round)) {
      boolean declaredAlike =
          firstRoundViews.stream()
              .anyMatch(
                  first ->
                      first.inRound()
                          && first.name().equalsIgnoreCase(view.name())
                          && first.sql().equals(view.sql()));
      if (!declaredAlike) {
        refused = true;
        messager.printMessage(
            Diagnostic.Kind.ERROR,
            Messages.viewInGeneratedClass(view.name()),
            view.element(),
            view.annotation());
      }
    }
    if (refused && written != null) {
      try {
        store.remove(written);
        messager.printMessage(Diagnostic.Kind.NOTE, Messages.snapshotRemoved(written.file()));
      } catch (SnapshotException e) {
        messager.printMessage(
            Diagnostic.Kind.ERROR, Messages.badSnapshot(e.file(), e.getMessage()));
      }
      written = null;
    }
  }
}
