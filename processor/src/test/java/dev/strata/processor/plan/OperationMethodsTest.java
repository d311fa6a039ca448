package dev.strata.processor.plan;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.processor.model.IndexDefinition;
import dev.strata.processor.model.Materialization;
import dev.strata.processor.model.ViewOptions;
import dev.strata.runtime.Operations;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every kind of operation calls a method the runtime's {@code Operations} really has. */
class OperationMethodsTest {

  @Test
  void everyOperationNamesAnOperationsMethod() throws Exception {
    List<Class<?>> kinds = records(Operation.class);
    assertTrue(kinds.size() >= 15, () -> "found only " + kinds);
    for (Class<?> kind : kinds) {
      String method = methodOf(kind);
      assertTrue(
          Arrays.stream(Operations.class.getMethods())
              .map(Method::getName)
              .anyMatch(method::equals),
          () -> kind.getSimpleName() + " calls ops." + method + ", which Operations lacks");
    }
  }

  private static List<Class<?>> records(Class<?> sealed) {
    List<Class<?>> records = new ArrayList<>();
    for (Class<?> permitted : sealed.getPermittedSubclasses()) {
      if (permitted.isRecord()) {
        records.add(permitted);
      } else {
        records.addAll(records(permitted));
      }
    }
    return records;
  }

  private static String methodOf(Class<?> kind) throws Exception {
    // the name is derived from the class alone, so any instance tells it; build one from nulls
    Object[] arguments = new Object[kind.getRecordComponents().length];
    Class<?>[] types =
        Arrays.stream(kind.getRecordComponents()).map(c -> c.getType()).toArray(Class<?>[]::new);
    for (int i = 0; i < types.length; i++) {
      arguments[i] =
          types[i] == String.class
              ? "x"
              : types[i] == int.class
                  ? (Object) 1
                  : types[i] == long.class
                      ? (Object) 1L
                      : types[i] == List.class
                          ? List.of()
                          : types[i] == ViewOptions.class
                              ? ViewOptions.NONE
                              : types[i] == Materialization.class
                                  ? new Materialization(true, List.of())
                                  : types[i] == IndexDefinition.class
                                      ? new IndexDefinition("x", List.of("x"), false)
                                      : null;
    }
    return ((Operation) kind.getDeclaredConstructor(types).newInstance(arguments)).method();
  }
}
