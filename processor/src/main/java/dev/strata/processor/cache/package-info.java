/**
 * The build cache: what earlier builds of a module learnt from its snapshots (each file's header,
 * the generated source of each migration, which views' recorded analysis this processor would
 * repeat), kept under the build's output folder so that a build does work proportional to what
 * changed. Plain Java: nothing here touches {@code javax.lang.model}. Anything it cannot trust is
 * ignored, never reported: the cache only ever saves work.
 */
package dev.strata.processor.cache;
