package org.example.usertypes;

import java.io.Serializable;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.usertype.UserType;

/** A map of text stored as {@code key=value;} pairs in one text column, as JSON types store it. */
public class PairsType implements UserType<Map<String, String>> {

  @Override
  public int getSqlType() {
    return Types.VARCHAR;
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Class<Map<String, String>> returnedClass() {
    return (Class) Map.class;
  }

  @Override
  public boolean equals(Map<String, String> x, Map<String, String> y) {
    return Objects.equals(x, y);
  }

  @Override
  public int hashCode(Map<String, String> x) {
    return Objects.hashCode(x);
  }

  @Override
  public Map<String, String> nullSafeGet(
      ResultSet rows, int position, SharedSessionContractImplementor session, Object owner)
      throws SQLException {
    String text = rows.getString(position);
    if (text == null) {
      return null;
    }
    Map<String, String> pairs = new TreeMap<>();
    for (String pair : text.split(";")) {
      if (!pair.isEmpty()) {
        pairs.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
      }
    }
    return pairs;
  }

  @Override
  public void nullSafeSet(
      PreparedStatement statement,
      Map<String, String> value,
      int index,
      SharedSessionContractImplementor session)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.VARCHAR);
      return;
    }
    StringBuilder text = new StringBuilder();
    value.forEach((key, entry) -> text.append(key).append('=').append(entry).append(';'));
    statement.setString(index, text.toString());
  }

  @Override
  public Map<String, String> deepCopy(Map<String, String> value) {
    return value == null ? null : new TreeMap<>(value);
  }

  @Override
  public boolean isMutable() {
    return true;
  }

  @Override
  public Serializable disassemble(Map<String, String> value) {
    return (Serializable) deepCopy(value);
  }

  @Override
  @SuppressWarnings("unchecked")
  public Map<String, String> assemble(Serializable cached, Object owner) {
    return deepCopy((Map<String, String>) cached);
  }
}
