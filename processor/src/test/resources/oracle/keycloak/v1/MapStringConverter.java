// Test input reconstructed here: the JPA mapping of MapStringConverter in Keycloak
// (keycloak/keycloak, model/jpa): tables, columns and mapping annotations only.
package org.example.keycloak;

import jakarta.persistence.AttributeConverter;
import java.util.Map;

public class MapStringConverter implements AttributeConverter<Map<String, String>, String> {

  @Override
  public String convertToDatabaseColumn(Map<String, String> attribute) {
    return attribute == null ? null : attribute.toString();
  }

  @Override
  public Map<String, String> convertToEntityAttribute(String dbData) {
    return dbData == null ? null : Map.of();
  }
}
