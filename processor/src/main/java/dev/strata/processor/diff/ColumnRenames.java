package dev.strata.processor.diff;

import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.TableDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * The renames of columns a table declares ({@code @RenamedFrom}): a column's former name that the
 * older table has and neither table still uses. The differ renames by them; a former name two
 * columns claim is reported before it does.
 */
public final class ColumnRenames {

  /** One column renamed: the former name it claims and its name now. */
  public record Claim(String from, String to) {}

  private ColumnRenames() {}

  /** The claims of {@code after}'s columns on {@code before}'s, in {@code after}'s column order. */
  public static List<Claim> claimed(TableDefinition before, TableDefinition after) {
    List<Claim> claims = new ArrayList<>();
    for (ColumnDefinition column : after.columns()) {
      column
          .renamedFrom()
          .filter(previous -> after.column(previous).isEmpty())
          .filter(previous -> before.column(previous).isPresent())
          .filter(previous -> before.column(column.name()).isEmpty())
          .ifPresent(previous -> claims.add(new Claim(previous, column.name())));
    }
    return List.copyOf(claims);
  }
}
