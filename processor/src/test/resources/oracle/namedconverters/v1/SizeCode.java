package org.example.namedconverters;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Names a size by its first letter, where @Convert names it. */
@Converter
public class SizeCode implements AttributeConverter<Size, String> {
  @Override
  public String convertToDatabaseColumn(Size size) {
    return size == null ? null : size.name().substring(0, 1);
  }

  @Override
  public Size convertToEntityAttribute(String code) {
    return code == null ? null : code.equals("S") ? Size.SMALL : Size.LARGE;
  }
}
