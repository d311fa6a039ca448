package dev.strata.processor.fuzz;

import dev.strata.processor.oracle.HibernateOracle;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.hibernate.Session;

/**
 * Rows for a random model, written through Hibernate: two instances of each concrete entity, every
 * basic field, key, embedded value and element collection filled with a value of its type that
 * differs from row to row, each to-one pointing at an entity written before it if there is one. An
 * entity Hibernate will not write so (a required to-one with no target yet) is left out.
 */
public final class RandomRows {

  private static final int PER_ENTITY = 2;

  private final HibernateOracle oracle;
  private int counter;

  public RandomRows(HibernateOracle oracle) {
    this.oracle = oracle;
  }

  /** Writes the rows; the entities it had to leave out, with the reason. */
  public List<String> write(DataSource dataSource, List<Class<?>> entities) {
    List<Class<?>> left = targetsFirst(entities);
    List<String> leftOut = new ArrayList<>();
    Set<Class<?>> moved = new HashSet<>();
    while (!left.isEmpty()) {
      Class<?>[] current = new Class<?>[1];
      try {
        oracle.fromValidated(dataSource, session -> persistAll(session, left, current));
        return leftOut;
      } catch (RuntimeException failure) {
        if (current[0] == null) {
          throw failure;
        }
        left.remove(current[0]);
        // a required to-one whose target comes later: once more after the others
        if (moved.add(current[0])) {
          left.add(current[0]);
        } else {
          leftOut.add(current[0].getSimpleName() + ": " + failure);
        }
      }
    }
    return leftOut;
  }

  /**
   * The concrete entities, each after those its to-ones may refer to, where no cycle forbids it: so
   * that every to-one refers to a row, and a later version may make it required over them.
   */
  private static List<Class<?>> targetsFirst(List<Class<?>> entities) {
    List<Class<?>> left = new ArrayList<>(entities);
    left.removeIf(entity -> Modifier.isAbstract(entity.getModifiers()));
    List<Class<?>> ordered = new ArrayList<>();
    while (!left.isEmpty()) {
      Class<?> next =
          left.stream()
              .filter(
                  entity -> toOneTypes(entity).stream().noneMatch(t -> waitsFor(t, entity, left)))
              .findFirst()
              .orElse(left.get(0));
      left.remove(next);
      ordered.add(next);
    }
    return ordered;
  }

  private static boolean waitsFor(Class<?> type, Class<?> entity, List<Class<?>> left) {
    return left.stream().anyMatch(other -> other != entity && type.isAssignableFrom(other));
  }

  private static List<Class<?>> toOneTypes(Class<?> entity) {
    List<Class<?>> types = new ArrayList<>();
    for (Class<?> type = entity; type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        OneToOne one = field.getAnnotation(OneToOne.class);
        if (field.isAnnotationPresent(ManyToOne.class) || one != null && one.mappedBy().isEmpty()) {
          types.add(field.getType());
        }
      }
    }
    return types;
  }

  private Object persistAll(Session session, List<Class<?>> entities, Class<?>[] current) {
    counter = 0;
    Map<Class<?>, List<Object>> written = new java.util.LinkedHashMap<>();
    for (Class<?> entity : entities) {
      current[0] = entity;
      for (int i = 0; i < PER_ENTITY; i++) {
        Object instance = instance(entity, written);
        session.persist(instance);
        session.flush();
        written.computeIfAbsent(entity, any -> new ArrayList<>()).add(instance);
      }
    }
    current[0] = null;
    return null;
  }

  private Object instance(Class<?> entity, Map<Class<?>, List<Object>> written) {
    try {
      var constructor = entity.getDeclaredConstructor();
      constructor.setAccessible(true);
      Object instance = constructor.newInstance();
      int row = ++counter;
      for (Class<?> type = entity; type != Object.class; type = type.getSuperclass()) {
        for (Field field : type.getDeclaredFields()) {
          if (!Modifier.isStatic(field.getModifiers())) {
            field.setAccessible(true);
            fill(instance, field, row, written);
          }
        }
      }
      return instance;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private void fill(Object instance, Field field, int row, Map<Class<?>, List<Object>> written)
      throws ReflectiveOperationException {
    if (field.isAnnotationPresent(Version.class)
        || field.isAnnotationPresent(GeneratedValue.class)
        || field.isAnnotationPresent(OneToMany.class)
        || field.isAnnotationPresent(ManyToMany.class)) {
      return;
    }
    if (field.isAnnotationPresent(ManyToOne.class) || field.isAnnotationPresent(OneToOne.class)) {
      OneToOne one = field.getAnnotation(OneToOne.class);
      if (one == null || one.mappedBy().isEmpty()) {
        field.set(instance, target(field.getType(), written, row));
      }
      return;
    }
    if (field.isAnnotationPresent(ElementCollection.class)) {
      field.set(instance, collection(field.getGenericType(), row));
      return;
    }
    field.set(instance, value(field.getType(), row));
  }

  /** An entity written before of {@code type}, another one for the next row where it can. */
  private static Object target(Class<?> type, Map<Class<?>, List<Object>> written, int row) {
    for (Map.Entry<Class<?>, List<Object>> each : written.entrySet()) {
      if (type.isAssignableFrom(each.getKey())) {
        return each.getValue().get(row % each.getValue().size());
      }
    }
    return null;
  }

  private Object collection(Type type, int row) throws ReflectiveOperationException {
    ParameterizedType generic = (ParameterizedType) type;
    Type[] arguments = generic.getActualTypeArguments();
    Class<?> raw = (Class<?>) generic.getRawType();
    if (raw == Map.class) {
      Map<Object, Object> map = new HashMap<>();
      map.put(value((Class<?>) arguments[0], row), value((Class<?>) arguments[1], row));
      return map;
    }
    Object element = value((Class<?>) arguments[0], row);
    return raw == Set.class ? new HashSet<>(List.of(element)) : new ArrayList<>(List.of(element));
  }

  /** A value of {@code type} for row {@code row}: one character for text, which fits any size. */
  static Object value(Class<?> type, int row) throws ReflectiveOperationException {
    String name = type.getSimpleName();
    return switch (name) {
      case "String" -> Character.toString(Character.forDigit(row % 36, 36));
      case "Integer", "int" -> row;
      case "Long", "long" -> (long) row;
      case "Short", "short" -> (short) row;
      case "Boolean", "boolean" -> row % 2 == 0;
      case "Double", "double" -> row + 0.5;
      case "Float", "float" -> row + 0.25f;
      case "BigDecimal" -> BigDecimal.valueOf(row);
      case "BigInteger" -> BigInteger.valueOf(row);
      case "Character", "char" -> (char) ('a' + row % 26);
      case "LocalDate" -> LocalDate.of(2020, 1, 1).plusDays(row);
      case "LocalDateTime" -> LocalDateTime.of(2020, 1, 1, 10, 0).plusMinutes(row);
      case "LocalTime" -> LocalTime.of(10, row % 60);
      case "Instant" -> Instant.parse("2020-01-01T10:00:00Z").plusSeconds(row);
      case "OffsetDateTime" -> OffsetDateTime.of(2020, 1, 1, 10, row % 60, 0, 0, ZoneOffset.UTC);
      case "UUID" -> new UUID(0, row);
      case "Duration" -> Duration.ofSeconds(row);
      case "byte[]" -> new byte[] {(byte) row};
      default -> composite(type, row);
    };
  }

  /** An enum's constant, or an embeddable or key class (a record or not) filled by fields. */
  private static Object composite(Class<?> type, int row) throws ReflectiveOperationException {
    if (type.isEnum()) {
      Object[] constants = type.getEnumConstants();
      return constants[row % constants.length];
    }
    if (type.isRecord()) {
      RecordComponent[] components = type.getRecordComponents();
      Object[] arguments = new Object[components.length];
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        arguments[i] = value(types[i], row);
      }
      var constructor = type.getDeclaredConstructor(types);
      constructor.setAccessible(true);
      return constructor.newInstance(arguments);
    }
    var constructor = type.getDeclaredConstructor();
    constructor.setAccessible(true);
    Object value = constructor.newInstance();
    for (Field field : type.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers())) {
        field.setAccessible(true);
        field.set(value, value(field.getType(), row));
      }
    }
    return value;
  }
}
