package com.example.autoconverted;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class CodeNumber implements AttributeConverter<Code, Long> {
  @Override
  public Long convertToDatabaseColumn(Code code) {
    return code == null ? null : code.value();
  }

  @Override
  public Code convertToEntityAttribute(Long value) {
    return value == null ? null : new Code(value);
  }
}
