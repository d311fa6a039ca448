package org.example.collectionconverter;

/** A stock-keeping unit, stored as its text by the auto-applied {@link SkuConverter}. */
public class Sku {
  private final String code;

  public Sku(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
