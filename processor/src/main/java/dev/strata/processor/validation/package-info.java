/**
 * The validators of declared views, each returning a {@link
 * dev.strata.processor.validation.ValidationReport} of diagnostics on the elements at fault, which
 * the pipeline prints once and goes on only if it is clean.
 */
package dev.strata.processor.validation;
