package dev.strata.processor;

import com.google.auto.service.AutoService;
import dev.strata.processor.options.ProcessorOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Strata's annotation processor: turns the {@code @View} declarations of a module into committed
 * snapshots and generated migration classes.
 *
 * <p>It claims every annotation type ({@code "*"}) without consuming any, so that it also runs when
 * the last {@code @View} class was deleted and a drop must be generated.
 */
@AutoService(Processor.class)
public final class StrataProcessor extends AbstractProcessor {

  private boolean done;
  // the first round's, which later rounds check against; null if that round did not run it
  private MigrationPipeline pipeline;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return ProcessorOptions.ALL;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (round.processingOver()) {
      return false;
    }
    try {
      // the first round holds every source; later rounds hold only generated code
      if (done) {
        if (pipeline != null) {
          pipeline.refuseLaterViews(round);
        }
        return false;
      }
      done = true;
      ProcessorOptions options = ProcessorOptions.from(processingEnv.getOptions());
      pipeline = new MigrationPipeline(processingEnv);
      pipeline.run(round, options);
    } catch (ProcessorOptions.InvalidOptionException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, e.getMessage());
    } catch (Throwable e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      processingEnv
          .getMessager()
          .printMessage(Diagnostic.Kind.ERROR, Messages.internalError(trace.toString()));
    }
    return false;
  }
}
