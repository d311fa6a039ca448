package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each generated migration names, as its originating elements, the classes of the views its version
 * changes; only the index names every class. Incremental build tools read these, and naming every
 * view in every file made a build quadratic in the number of views.
 */
class OriginatingElementsTest {

  @TempDir Path snapshots;

  @Test
  void eachMigrationComesFromTheClassesOfTheViewsItsVersionChanges() {
    compile("evolution/v1", "ActiveUser", "ActiveUserEmail", "OrderTotal");

    Map<String, Set<String>> origins =
        compile("evolution/v2", "ActiveUser", "ActiveUserEmail", "BigSpender", "OrderTotal");

    assertEquals(
        Map.of(
            "V0001_Create3Views", Set.of("ActiveUser", "ActiveUserEmail", "OrderTotal"),
            "V0002_CreateBigSpendersReplaceActiveUsers", Set.of("ActiveUser", "BigSpender"),
            "MainMigrationIndex",
                Set.of("ActiveUser", "ActiveUserEmail", "BigSpender", "OrderTotal")),
        origins);
  }

  /**
   * Compiles the classes with Strata, returning each generated source's simple name and origins.
   */
  private Map<String, Set<String>> compile(String folder, String... classes) {
    Map<String, Set<String>> origins = new TreeMap<>();
    Compilation compilation =
        javac()
            .withProcessors(new RecordingOrigins(new StrataProcessor(), origins))
            .withOptions("-Astrata.snapshots=" + snapshots)
            .compile(
                Stream.of(classes)
                    .map(name -> JavaFileObjects.forResource(folder + "/" + name + ".java"))
                    .toList());
    assertThat(compilation).succeeded();
    return origins;
  }

  /**
   * Runs a processor with the compiler's own filer, noting the origins of each source it writes.
   */
  private static final class RecordingOrigins extends AbstractProcessor {

    private final StrataProcessor strata;
    private final Map<String, Set<String>> origins;

    RecordingOrigins(StrataProcessor strata, Map<String, Set<String>> origins) {
      this.strata = strata;
      this.origins = origins;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return strata.getSupportedAnnotationTypes();
    }

    @Override
    public Set<String> getSupportedOptions() {
      return strata.getSupportedOptions();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return strata.getSupportedSourceVersion();
    }

    @Override
    public synchronized void init(ProcessingEnvironment env) {
      Filer recording = recording(env.getFiler());
      strata.init(
          (ProcessingEnvironment)
              Proxy.newProxyInstance(
                  getClass().getClassLoader(),
                  new Class<?>[] {ProcessingEnvironment.class},
                  (proxy, method, args) ->
                      method.getName().equals("getFiler") ? recording : invoke(env, method, args)));
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return strata.process(annotations, round);
    }

    private Filer recording(Filer filer) {
      return (Filer)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {Filer.class},
              (proxy, method, args) -> {
                if (method.getName().equals("createSourceFile")) {
                  String name = args[0].toString();
                  origins.put(
                      name.substring(name.lastIndexOf('.') + 1),
                      Arrays.stream((Element[]) args[1])
                          .map(element -> element.getSimpleName().toString())
                          .collect(Collectors.toCollection(TreeSet::new)));
                }
                return invoke(filer, method, args);
              });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args)
        throws Throwable {
      try {
        return method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }
}
