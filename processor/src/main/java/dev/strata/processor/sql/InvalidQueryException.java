package dev.strata.processor.sql;

/** SQL that cannot define a view; the message says why, for the user. */
public final class InvalidQueryException extends RuntimeException {

  public InvalidQueryException(String reason) {
    super(reason);
  }
}
