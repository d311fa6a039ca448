package dev.strata.processor.viewfuzz;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The rows a seed writes into the base tables, as instances of the compiled {@code Item} and {@code
 * Tag}: three items in two groups, two tags each, some values null.
 */
public final class BaseRows {

  private final Random random;

  public BaseRows(long seed) {
    this.random = new Random(seed);
  }

  /** New instances to persist, items first. */
  public List<Object> instances(ClassLoader loader) throws ReflectiveOperationException {
    Class<?> item = loader.loadClass(BaseTables.PACKAGE + ".Item");
    Class<?> tag = loader.loadClass(BaseTables.PACKAGE + ".Tag");
    Class<?> status = loader.loadClass(BaseTables.PACKAGE + ".Status");
    List<Object> rows = new ArrayList<>();
    for (long id = 1; id <= 3; id++) {
      Object row = newInstance(item);
      set(row, "id", id);
      for (Field field : item.getDeclaredFields()) {
        if (!field.getName().equals("id")) {
          set(row, field.getName(), value(field, status, id));
        }
      }
      rows.add(row);
    }
    for (long id = 1; id <= 6; id++) {
      Object row = newInstance(tag);
      set(row, "id", id);
      set(row, "itemId", (id + 1) / 2);
      set(row, "label", "t" + random.nextInt(1000));
      set(row, "score", random.nextInt(100) - 50);
      rows.add(row);
    }
    return rows;
  }

  private Object value(Field field, Class<?> status, long id) {
    if (field.getName().equals("grp")) {
      return (int) (id % 2) + 1;
    }
    if (random.nextInt(5) == 0) {
      return null;
    }
    return switch (field.getType().getSimpleName()) {
      case "Integer" -> random.nextInt(101) - 50;
      case "Long" -> random.nextLong() / 1_000_000_000L;
      case "Short" -> (short) (random.nextInt(201) - 100);
      case "String" -> "n" + Integer.toString(random.nextInt(100_000), 36);
      case "BigDecimal" -> decimal(field);
      case "Double" -> random.nextInt(10_000) / 8.0;
      case "Float" -> random.nextInt(1000) / 4.0f;
      case "Boolean" -> random.nextBoolean();
      case "LocalDate" -> LocalDate.of(2000 + random.nextInt(30), 1 + random.nextInt(12), 28);
      case "LocalDateTime" ->
          LocalDateTime.of(2020, 2, 29, random.nextInt(24), 7, 9, random.nextInt(1000) * 1000);
      case "Instant" -> Instant.ofEpochSecond(1_600_000_000L + random.nextInt(1_000_000));
      case "LocalTime" -> LocalTime.of(random.nextInt(24), random.nextInt(60), 30);
      case "UUID" -> java.util.UUID.nameUUIDFromBytes(new byte[] {(byte) random.nextInt()});
      case "byte[]" -> new byte[] {1, (byte) random.nextInt(256), 3};
      default -> status.getEnumConstants()[random.nextInt(3)];
    };
  }

  private BigDecimal decimal(Field field) {
    jakarta.persistence.Column column = field.getAnnotation(jakarta.persistence.Column.class);
    int digits = Math.min(3, column.precision() - column.scale());
    return BigDecimal.valueOf(random.nextInt((int) Math.pow(10, digits)), 0)
        .setScale(column.scale());
  }

  private static Object newInstance(Class<?> type) throws ReflectiveOperationException {
    var constructor = type.getDeclaredConstructor();
    constructor.setAccessible(true);
    return constructor.newInstance();
  }

  private static void set(Object row, String name, Object value)
      throws ReflectiveOperationException {
    Field field = row.getClass().getDeclaredField(name);
    field.setAccessible(true);
    field.set(row, value);
  }
}
