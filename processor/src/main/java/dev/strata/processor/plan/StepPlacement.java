package dev.strata.processor.plan;

import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.StepPosition;
import dev.strata.processor.plan.StepOperation.RevertStep;
import dev.strata.processor.plan.StepOperation.RunStep;
import dev.strata.processor.plan.TableOperation.AddColumn;
import dev.strata.processor.plan.TableOperation.AlterColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * Places a version's hand-written steps among its generated operations. In each direction, steps
 * that run first come before the generated operations and steps that run last after them; when some
 * run last, the columns that direction adds as NOT NULL are added nullable and constrained after
 * those steps, so that a step can fill a column on a table that has rows (add, fill, constrain); a
 * column with a default needs no step and is added as it is.
 *
 * <p>Upgrade: {@code BEFORE_GENERATED} steps, generated operations, {@code AFTER_GENERATED} steps.
 * Downgrade, its mirror: the {@code AFTER_GENERATED} steps' downgrades in reverse order, the
 * generated downgrade, the {@code BEFORE_GENERATED} steps' downgrades in reverse order.
 */
final class StepPlacement {

  private StepPlacement() {}

  static List<Operation> upgrade(List<Operation> generated, List<StepCall> steps) {
    List<Operation> first = new ArrayList<>();
    List<Operation> last = new ArrayList<>();
    for (StepCall step : steps) {
      RunStep call = new RunStep(step.className(), step.packageName(), step.revision());
      (step.definition().position() == StepPosition.BEFORE_GENERATED ? first : last).add(call);
    }
    return around(first, generated, last);
  }

  static List<Operation> downgrade(List<Operation> generated, List<StepCall> steps) {
    List<Operation> first = new ArrayList<>();
    List<Operation> last = new ArrayList<>();
    // reversed: the step that ran last is reverted first
    for (int i = steps.size() - 1; i >= 0; i--) {
      StepCall step = steps.get(i);
      RevertStep call = new RevertStep(step.className(), step.packageName(), step.revision());
      (step.definition().position() == StepPosition.AFTER_GENERATED ? first : last).add(call);
    }
    return around(first, generated, last);
  }

  private static List<Operation> around(
      List<Operation> first, List<Operation> generated, List<Operation> last) {
    List<Operation> operations = new ArrayList<>(first);
    List<Operation> constraints = new ArrayList<>();
    for (Operation operation : generated) {
      if (!last.isEmpty() && operation instanceof AddColumn add && deferrable(add.column())) {
        ColumnDefinition column = add.column();
        operations.add(
            new AddColumn(add.table(), new ColumnDefinition(column.name(), column.type(), true)));
        constraints.add(new AlterColumn(add.table(), column));
      } else {
        operations.add(operation);
      }
    }
    operations.addAll(last);
    operations.addAll(constraints);
    return List.copyOf(operations);
  }

  // an identity column fills itself, and one with a default is filled by the database
  private static boolean deferrable(ColumnDefinition column) {
    return !column.nullable() && !column.identity() && column.defaultValue().isEmpty();
  }
}
