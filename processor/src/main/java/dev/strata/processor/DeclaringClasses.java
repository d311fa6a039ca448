package dev.strata.processor;

import dev.strata.processor.jpa.EntityCollector;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The classes that declared the module's views and entities when it was last built, kept in the
 * class output beside them ({@code META-INF/strata/<set>.classes}). A snapshot names the class of
 * each view and table as it was when that version was recorded, and renaming or moving a class
 * changes no schema, so no version records the new name; a build that compiles only some classes
 * finds the others through this list, instead of taking a view or table whose recorded class is
 * gone for deleted. The list is only a hint: each class it names counts only if it is still on the
 * class path and still declares the view or entity, so a stale or missing list changes nothing.
 */
final class DeclaringClasses {

  private static final String FOLDER = "META-INF/strata/";

  private final String set;
  private final List<String> classes;

  private DeclaringClasses(String set, List<String> classes) {
    this.set = set;
    this.classes = List.copyOf(classes);
  }

  /**
   * The classes the last build of this class output listed, read when first asked for: only a build
   * that misses a class a snapshot names needs them, and asking the {@link Filer} for a file is not
   * free of traces in every compiler (an in-memory one lists it among its outputs).
   */
  static Supplier<Set<String>> lastBuild(Filer filer, String set) {
    return new Supplier<>() {
      private Set<String> classes;

      @Override
      public Set<String> get() {
        if (classes == null) {
          classes = Set.copyOf(read(filer, set));
        }
        return classes;
      }
    };
  }

  private static Set<String> read(Filer filer, String set) {
    Set<String> classes = new TreeSet<>();
    try {
      FileObject file = filer.getResource(StandardLocation.CLASS_OUTPUT, "", resource(set));
      for (String line : file.getCharContent(true).toString().split("\n")) {
        if (!line.isBlank()) {
          classes.add(line.strip());
        }
      }
    } catch (IOException | RuntimeException e) {
      // no list (a clean build), or none readable: a partial build finds the classes the snapshot
      // names, as without this hint
      return new TreeSet<>();
    }
    return classes;
  }

  /** The classes that declare the views and entities this build found, to list for the next. */
  static DeclaringClasses of(
      String set, List<DeclaredView> views, List<EntityCollector.DeclaredEntity> entities) {
    // sorted: generated output must be deterministic
    Set<String> classes = new TreeSet<>();
    views.forEach(view -> classes.add(view.className()));
    for (EntityCollector.DeclaredEntity entity : entities) {
      classes.add(entity.element().getQualifiedName().toString());
      entity.table().inheritance().ifPresent(found -> classes.addAll(found.subclasses()));
    }
    return new DeclaringClasses(set, List.copyOf(classes));
  }

  /** Writes the list into the class output, tied to {@code origins} for incremental builds. */
  void write(Filer filer, List<? extends Element> origins) throws IOException {
    FileObject file =
        filer.createResource(
            StandardLocation.CLASS_OUTPUT, "", resource(set), origins.toArray(new Element[0]));
    try (Writer writer = file.openWriter()) {
      for (String name : classes) {
        writer.write(name + "\n");
      }
    }
  }

  private static String resource(String set) {
    return FOLDER + set + ".classes";
  }
}
