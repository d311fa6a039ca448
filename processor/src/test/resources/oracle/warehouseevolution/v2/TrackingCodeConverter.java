package org.example.warehouseevolution;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class TrackingCodeConverter implements AttributeConverter<TrackingCode, String> {
  @Override
  public String convertToDatabaseColumn(TrackingCode code) {
    return code == null ? null : code.carrier() + ":" + code.number();
  }

  @Override
  public TrackingCode convertToEntityAttribute(String text) {
    if (text == null) {
      return null;
    }
    int colon = text.indexOf(':');
    return new TrackingCode(text.substring(0, colon), text.substring(colon + 1));
  }
}
