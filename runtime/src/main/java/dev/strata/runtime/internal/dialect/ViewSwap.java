package dev.strata.runtime.internal.dialect;

/**
 * One view of a {@link Dialect#swapView swap}: {@code incoming}, its new query under a stand-in
 * name, takes the name {@code view}, and the view it replaces goes to {@code outgoing}.
 */
public record ViewSwap(String view, String incoming, String outgoing) {}
