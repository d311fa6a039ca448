// Test input reconstructed here: the JPA mapping of _DomainConverters in the Sakila sample database
// (jinahya/jpa-with-sakila-sample-database): tables, columns and mapping annotations only.
package org.example.sakila;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.nio.ByteBuffer;

public final class _DomainConverters {

  @Converter
  public static class GeometryConverter
      implements AttributeConverter<_DomainTypes.Geometry, byte[]> {

    @Override
    public byte[] convertToDatabaseColumn(final _DomainTypes.Geometry attribute) {
      if (attribute == null) {
        return null;
      }
      return attribute.toByteArray();
    }

    @Override
    public _DomainTypes.Geometry convertToEntityAttribute(final byte[] dbData) {
      if (dbData == null) {
        return null;
      }
      return _DomainTypes.Geometry.from(ByteBuffer.wrap(dbData));
    }
  }

  @Converter
  public static class BooleanConverter implements AttributeConverter<Boolean, Integer> {

    public static int booleanToInt(final boolean value) {
      return value ? 1 : 0;
    }

    public static boolean intToBoolean(final int value) {
      return value != 0;
    }

    @Override
    public Integer convertToDatabaseColumn(final Boolean attribute) {
      if (attribute == null) {
        return null;
      }
      return booleanToInt(attribute);
    }

    @Override
    public Boolean convertToEntityAttribute(final Integer dbData) {
      if (dbData == null) {
        return null;
      }
      return intToBoolean(dbData);
    }
  }

  private _DomainConverters() {
    throw new AssertionError("instantiation is not allowed");
  }
}
