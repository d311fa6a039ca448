/**
 * Strata's annotation processor: {@link dev.strata.processor.StrataProcessor} and the pipeline that
 * runs its stages for one compilation, with the stages that read the compiler's elements.
 *
 * <p>The stages, in order, and where each lives:
 *
 * <ul>
 *   <li>options: {@code options} reads {@code -Astrata.*} and finds the snapshot folder;
 *   <li>collect: {@code ViewCollector} here, {@code jpa.EntityCollector} for JPA entities;
 *   <li>validate: {@code validation}, each validator filling a report that is printed once, the
 *       compile-time run of every query on H2 in {@code verify};
 *   <li>model: {@code SchemaModeler} here, with {@code sql} analysing queries into {@code model};
 *   <li>history: {@code snapshot};
 *   <li>diff and plan: {@code diff}, {@code plan};
 *   <li>write: {@code writer}, handed to the compiler by {@code SourceEmitter}.
 * </ul>
 *
 * <p>{@code model}, {@code snapshot}, {@code sql}, {@code diff}, {@code plan} and {@code writer}
 * import nothing from {@code javax.lang.model}, so they are tested without a compiler.
 */
package dev.strata.processor;
