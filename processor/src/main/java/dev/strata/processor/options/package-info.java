/**
 * The processor's configuration: the {@code -Astrata.*} options, validated when read, and the
 * places they leave open (the snapshot folder, the package of the generated classes).
 */
package dev.strata.processor.options;
