/**
 * JSON text in and out through Jackson's streaming parser and generator alone: what the snapshot
 * files and the build cache are written with and read from. Databind's {@code ObjectMapper} costs a
 * build more to set up (its configuration, its serializers built on first use) than these files
 * cost to read and write, so nothing here creates one. Plain Java: nothing here touches {@code
 * javax.lang.model}.
 */
package dev.strata.processor.json;
