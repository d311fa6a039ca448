package dev.strata.benchmarks.measure;

import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Wraps an annotation processor and adds up the time spent inside it, and of that the time inside
 * javac's {@link javax.annotation.processing.Filer}, so that a compilation's time splits into the
 * processor's own code, the Filer's handling of what it writes, and javac's own work (which then
 * also compiles what the processor generated). Build tools hand processors to javac the same way,
 * as instances.
 */
final class TimedProcessor implements Processor {

  private final Processor delegate;
  private final Stopwatch watch = new Stopwatch();
  private TimedFiler filer;

  TimedProcessor(Processor delegate) {
    this.delegate = delegate;
  }

  long nanos() {
    return watch.wallNanos();
  }

  /** The CPU time of the compiling thread inside the processor. */
  long cpuNanos() {
    return watch.cpuNanos();
  }

  /** The part of {@link #nanos()} spent inside javac's Filer. */
  long filerNanos() {
    return filer == null ? 0 : filer.nanos();
  }

  /** The part of {@link #cpuNanos()} spent inside javac's Filer. */
  long filerCpuNanos() {
    return filer == null ? 0 : filer.cpuNanos();
  }

  @Override
  public Set<String> getSupportedOptions() {
    return delegate.getSupportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public void init(ProcessingEnvironment processingEnv) {
    Stopwatch.Lap start = watch.start();
    filer = new TimedFiler(processingEnv.getFiler());
    delegate.init(new TimedEnvironment(processingEnv, filer));
    watch.stop(start);
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
    Stopwatch.Lap start = watch.start();
    try {
      return delegate.process(annotations, roundEnv);
    } finally {
      watch.stop(start);
    }
  }

  @Override
  public Iterable<? extends Completion> getCompletions(
      Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
    return delegate.getCompletions(element, annotation, member, userText);
  }
}
