package org.example.collectionconverter;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Applied to every {@link Sku} of the persistence unit, map keys included. */
@Converter(autoApply = true)
public class SkuConverter implements AttributeConverter<Sku, String> {
  @Override
  public String convertToDatabaseColumn(Sku sku) {
    return sku == null ? null : sku.code();
  }

  @Override
  public Sku convertToEntityAttribute(String code) {
    return code == null ? null : new Sku(code);
  }
}
