package org.example.binaryconverter;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Converts a token to the byte[] its column holds, as a geometry converter converts to WKB. */
@Converter
public class TokenConverter implements AttributeConverter<Token, byte[]> {
  @Override
  public byte[] convertToDatabaseColumn(Token token) {
    return token == null ? null : token.bytes();
  }

  @Override
  public Token convertToEntityAttribute(byte[] bytes) {
    return bytes == null ? null : new Token(bytes);
  }
}
