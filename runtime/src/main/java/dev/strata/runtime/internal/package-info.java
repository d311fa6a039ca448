/**
 * The runtime's internals, which module-info.java does not export: the vocabulary the sub-packages
 * share ({@link dev.strata.runtime.internal.Identifiers}, which the API's records also use; {@link
 * dev.strata.runtime.internal.Direction}; {@link dev.strata.runtime.internal.Texts}), and one
 * sub-package per concern, each depending only on those listed before it: {@code jdbc}, {@code
 * dialect}, {@code catalog}, {@code history}, {@code lock}, {@code source}, {@code plan}, {@code
 * execution}, {@code command}.
 */
package dev.strata.runtime.internal;
