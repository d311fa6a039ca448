package dev.strata.processor.plan;

import dev.strata.processor.model.Sha256;
import java.util.List;

/**
 * Computes a migration's checksum from a normalised text of its operations, so that the runtime can
 * tell when the code of an applied migration changed.
 */
final class Checksums {

  private Checksums() {}

  static String of(List<Operation> upgrade, List<Operation> downgrade) {
    StringBuilder text = new StringBuilder();
    append(text, "upgrade", upgrade);
    append(text, "downgrade", downgrade);
    return Sha256.hex(text.toString());
  }

  private static void append(StringBuilder text, String direction, List<Operation> operations) {
    text.append(direction).append('\n');
    for (Operation operation : operations) {
      // line breaks in SQL are normalised: a checkout with CRLF line ends is the same migration
      String sql =
          (operation.argument() + operation.definition().map(Object::toString).orElse(""))
              .replace("\r\n", "\n");
      text.append(operation.kind().methodName())
          .append('\t')
          .append(operation.target())
          .append('\t')
          .append(sql.length())
          .append('\t')
          .append(sql)
          .append('\n');
    }
  }
}
