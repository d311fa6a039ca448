package dev.strata.processor.viewfuzz;

/** A generated class of package {@link BaseTables#PACKAGE}: its simple name and its source. */
public record GeneratedSource(String className, String text) {

  /** The class's binary name. */
  public String qualifiedName() {
    return BaseTables.PACKAGE + "." + className;
  }
}
