package dev.strata.processor.plan;

import java.util.List;

/** Operations as short lines, such as {@code renameColumn t a b}, for assertions on order. */
final class Calls {

  private Calls() {}

  static List<String> of(List<Operation> operations) {
    return operations.stream()
        .map(operation -> operation.method() + " " + operation.target() + newName(operation))
        .toList();
  }

  private static String newName(Operation operation) {
    if (operation instanceof ViewOperation.RenameView rename) {
      return " " + rename.newName();
    }
    if (operation instanceof TableOperation.RenameTable rename) {
      return " " + rename.newName();
    }
    if (operation instanceof TableOperation.RenameColumn rename) {
      return " " + rename.column() + " " + rename.newName();
    }
    if (operation instanceof TableOperation.RenameSequence rename) {
      return " " + rename.sequence() + " " + rename.newName();
    }
    return "";
  }
}
