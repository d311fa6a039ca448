package dev.strata.processor.jpa;

import dev.strata.processor.DeclaredView;
import dev.strata.processor.model.Schema;
import dev.strata.processor.validation.ValidationReport;
import dev.strata.processor.validation.ViewVerifier;
import dev.strata.processor.verify.NullWitness;
import dev.strata.processor.verify.TypeCategory;
import dev.strata.processor.verify.Verdict;
import dev.strata.processor.verify.VerificationDialect;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Compares the columns a view returns with the fields of the entity mapped onto it: a field with no
 * column, of another type family, of an integer wider than the column's, a {@code String} on a
 * fixed-length {@code CHAR} or a {@code CHAR} field on a variable-length text, is an error on the
 * field, as is one that PostgreSQL, where the module targets it, types so or returns under a quoted
 * name in a case it keeps; a column no field reads is a warning on the class.
 */
public final class ColumnMatcher {

  /**
   * The integer types, narrowest first, as H2 names a result's and Strata a field's; MariaDB's
   * {@code int}, a condition's there, is an {@code INTEGER}.
   */
  private static final Map<String, Integer> INTEGER_WIDTHS =
      Map.of("TINYINT", 0, "SMALLINT", 1, "INTEGER", 2, "INT", 2, "BIGINT", 3);

  /** The names H2 gives a fixed-length text column ({@code CAST(x AS CHAR(10))}). */
  private static final List<String> FIXED_LENGTH_TEXT = List.of("CHARACTER", "CHAR", "BPCHAR");

  private final FieldMapper mapper;
  private final VerificationDialect dialect;
  private final Schema schema;
  // whether the module runs on H2 or PostgreSQL, for which a run in H2's own mode stands
  private final boolean runsOnH2OrPostgres;
  private final boolean runsOnH2;

  /**
   * @param dialect the mode of H2 the views' queries ran in first ({@code -Astrata.dialect})
   * @param targets the databases the module runs on ({@code -Astrata.targets} and {@code
   *     -Astrata.dialect}; H2 when they name none)
   * @param schema the module's tables and views, which a view entity's secondary table may be
   */
  public ColumnMatcher(
      FieldMapper mapper, VerificationDialect dialect, Set<String> targets, Schema schema) {
    this.mapper = mapper;
    this.schema = schema;
    this.dialect = dialect;
    Set<String> databases = TargetDatabases.of(targets);
    this.runsOnH2 = databases.contains("h2");
    this.runsOnH2OrPostgres = runsOnH2 || databases.contains("postgresql");
  }

  /** Whether an entity of the round is mapped onto {@code view}, whose columns it reads. */
  public static boolean readsColumns(DeclaredView view) {
    return view.inRound() && JpaAnnotations.isEntity(view.element());
  }

  /**
   * Whether the entity mapped onto {@code view}, or a class it extends, declares a field of a
   * primitive type, on which a NULL in its column fails: only such a view's columns are probed for
   * NULLs.
   */
  public static boolean readsPrimitives(DeclaredView view) {
    for (TypeElement type = view.element(); type != null; type = Hierarchies.superclass(type)) {
      boolean primitive =
          ElementFilter.fieldsIn(type.getEnclosedElements()).stream()
              .filter(field -> !field.getModifiers().contains(Modifier.STATIC))
              .anyMatch(field -> field.asType().getKind().isPrimitive());
      if (primitive) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param verification by view name, the columns each view's query returned when it ran, in the
   *     dialect's mode and in the mode of each other database the module targets
   */
  public ValidationReport match(List<DeclaredView> views, ViewVerifier.Verification verification) {
    ValidationReport report = new ValidationReport();
    for (DeclaredView view : views) {
      List<Verdict.ResultColumn> columns = verification.columns().get(view.name());
      if (columns != null && JpaAnnotations.isEntity(view.element())) {
        Map<VerificationDialect, List<Verdict.ResultColumn>> typings =
            new EnumMap<>(VerificationDialect.class);
        verification
            .onTargets()
            .forEach(
                (target, byView) -> {
                  if (byView.containsKey(view.name())) {
                    typings.put(target, byView.get(view.name()));
                  }
                });
        match(
            view,
            columns,
            typings,
            verification.nullWitnesses().getOrDefault(view.name(), Map.of()),
            report);
      }
    }
    return report;
  }

  /**
   * Whether the run in {@code -Astrata.dialect}'s mode judges the fields: a run in H2's own mode
   * stands for H2 and PostgreSQL, so for a module on MySQL or MariaDB alone the run that types the
   * view as they do judges it instead ({@code Integer} on {@code qty > 5}, their {@code int}, and
   * on {@code FLOOR(price)}, MariaDB's); the main run still judges where that one did not pass.
   */
  private boolean mainRunJudges(Map<VerificationDialect, List<Verdict.ResultColumn>> typings) {
    return dialect != VerificationDialect.H2 || runsOnH2OrPostgres || typings.isEmpty();
  }

  /** Why Hibernate cannot read {@code column} into {@code field}, if it cannot. */
  private Optional<String> refusal(
      MappedColumn field, String view, Verdict.ResultColumn column, VerificationDialect mode) {
    if (conditionAsNumber(field, column)) {
      return Optional.of(ViewEntityMessages.conditionAsNumber(field, view, column, mode));
    }
    if (!field.category().accepts(column.category())) {
      return Optional.of(ViewEntityMessages.fieldTypeMismatch(field, view, column));
    }
    if (checksIntegerWidths(mode) && narrower(column, field)) {
      return Optional.of(ViewEntityMessages.narrowerInteger(field, view, column, mode));
    }
    if (mode == VerificationDialect.H2 && runsOnH2 && textOnEnum(column, field)) {
      return Optional.of(ViewEntityMessages.textOnEnum(field, view, column));
    }
    if (checksTextLengths(mode) && fixedLength(column, field)) {
      return Optional.of(ViewEntityMessages.fixedLengthText(field, view, column));
    }
    if (checksTextLengths(mode) && variableLength(column, field)) {
      return Optional.of(ViewEntityMessages.variableLengthText(field, view, column));
    }
    // PostgreSQL keeps a quoted name's case, and Hibernate names the column unquoted
    if (mode == VerificationDialect.POSTGRESQL && column.quoted()) {
      return Optional.of(ViewEntityMessages.quotedOnPostgres(field, view));
    }
    return Optional.empty();
  }

  /**
   * Why Hibernate cannot read the view's column into {@code field} on a database the module
   * targets, as that database types the columns, if it cannot.
   */
  private Optional<String> refusalOnTarget(
      MappedColumn field,
      String view,
      Map<VerificationDialect, List<Verdict.ResultColumn>> typings) {
    for (Map.Entry<VerificationDialect, List<Verdict.ResultColumn>> typing : typings.entrySet()) {
      Optional<String> refusal =
          typing.getValue().stream()
              .filter(column -> column.name().equalsIgnoreCase(field.name()))
              .findFirst()
              .flatMap(column -> refusal(field, view, column, typing.getKey()));
      if (refusal.isPresent()) {
        return Optional.of(ViewEntityMessages.onTarget(refusal.get(), typing.getKey()));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code column} is an enum stored by name, which H2 types as an {@code ENUM} of its own,
   * read by a field Hibernate maps to a text: its validation refuses it on H2 ({@code found [enum
   * (Types#OTHER)], but expecting [varchar(255)]}) and takes it on PostgreSQL and MariaDB, where
   * the column is a {@code varchar} and an {@code enum} (measured by {@code
   * ViewColumnTypeParityTest}).
   */
  private static boolean textOnEnum(Verdict.ResultColumn column, MappedColumn field) {
    return column.typeName().toUpperCase(Locale.ROOT).startsWith("ENUM")
        && field.category() == TypeCategory.STRING
        && !field.sqlType().startsWith("ENUM(");
  }

  /**
   * Whether a {@code CHAR} and a {@code VARCHAR} are told apart in a run in {@code mode}:
   * Hibernate's validation refuses one for the other on H2 and PostgreSQL, and takes either on
   * MariaDB (a view's {@code CAST(x AS CHAR(10))} is a {@code varchar} there; measured by {@code
   * ViewColumnTypeParityTest}), and on MySQL by the same dialect. A run in H2's own mode stands for
   * H2 and PostgreSQL only where the module runs on one of them.
   */
  private boolean checksTextLengths(VerificationDialect mode) {
    return switch (mode) {
      case POSTGRESQL -> true;
      case MYSQL, MARIADB -> false;
      case H2 -> runsOnH2OrPostgres;
    };
  }

  /**
   * Whether a run in {@code mode} judges how wide an integer column is: a run in H2's own mode
   * stands for H2 and PostgreSQL only where the module runs on one of them, as MySQL and MariaDB
   * type integer arithmetic wider ({@code MariaDbIntegerTypes}), in runs of their own.
   */
  private boolean checksIntegerWidths(VerificationDialect mode) {
    return mode != VerificationDialect.H2 || runsOnH2OrPostgres;
  }

  /**
   * Whether {@code field} is a {@code Boolean} on a condition that MySQL and MariaDB, which have no
   * boolean type, return as a number, where the run typed it so: Hibernate's validation expects
   * their {@code bit} ({@code found [int (Types#INTEGER)], but expecting [bit (Types#BOOLEAN)]},
   * measured on MariaDB 10.11), and no CAST there gives one, so the advice is its own.
   */
  private static boolean conditionAsNumber(MappedColumn field, Verdict.ResultColumn column) {
    return field.category() == TypeCategory.BOOLEAN && column.conditionAsNumber();
  }

  /**
   * Whether {@code column} is an integer narrower than the one {@code field} maps to: Hibernate's
   * validation takes a wider integer column for a field (a {@code BIGINT} for an {@code Integer}),
   * never a narrower one (an {@code INTEGER} for a {@code Long}: {@code found [integer], but
   * expecting [bigint]}, measured on H2, PostgreSQL and MariaDB).
   */
  private static boolean narrower(Verdict.ResultColumn column, MappedColumn field) {
    int returned = INTEGER_WIDTHS.getOrDefault(column.typeName().toUpperCase(Locale.ROOT), -1);
    int mapped = INTEGER_WIDTHS.getOrDefault(field.sqlType().toUpperCase(Locale.ROOT), -1);
    return column.category() == TypeCategory.INTEGRAL && returned >= 0 && returned < mapped;
  }

  /**
   * Whether {@code column} is a fixed-length {@code CHAR} read by a field Hibernate maps to a
   * {@code VARCHAR} (a {@code String}): its validation refuses it on H2 and PostgreSQL ({@code
   * found [character], but expecting [varchar(255)]}, {@code found [bpchar]}), as it takes any
   * variable-length text for one but no {@code CHAR}.
   */
  private static boolean fixedLength(Verdict.ResultColumn column, MappedColumn field) {
    String type = column.typeName().toUpperCase(Locale.ROOT);
    return column.category() == TypeCategory.STRING
        && FIXED_LENGTH_TEXT.contains(type)
        && field.sqlType().startsWith("VARCHAR")
        && !field.sqlType().contains(" ENUM");
  }

  /**
   * Whether {@code column} is a variable-length text read by a field Hibernate maps to a {@code
   * CHAR} (a {@code char}, or a {@code Boolean} under its {@code YesNoConverter}): its validation
   * refuses it on H2 and PostgreSQL ({@code found [character varying], but expecting [char(1)]}),
   * where MariaDB's {@code char(1)} is a {@code varchar(1)} that takes it.
   */
  private static boolean variableLength(Verdict.ResultColumn column, MappedColumn field) {
    String type = column.typeName().toUpperCase(Locale.ROOT);
    return column.category() == TypeCategory.STRING
        && !FIXED_LENGTH_TEXT.contains(type)
        && field.sqlType().startsWith("CHAR(");
  }

  /**
   * Whether Hibernate throws on a NULL in {@code field}'s column: a primitive entity's own field,
   * which is not its key (a row whose key is NULL is no entity, which Hibernate loads as none) and
   * is not inside an embeddable (whose columns all NULL make the embedded value null).
   */
  private static boolean setsNoNull(MappedColumn field) {
    return field.field().asType().getKind().isPrimitive()
        && !field.id()
        && field.embeddings().isEmpty();
  }

  private void match(
      DeclaredView view,
      List<Verdict.ResultColumn> columns,
      Map<VerificationDialect, List<Verdict.ResultColumn>> typings,
      Map<String, NullWitness> nullWitnesses,
      ValidationReport report) {
    if (mappedByGetters(view, report)) {
      return;
    }
    Map<String, Verdict.ResultColumn> byName =
        columns.stream()
            .collect(
                Collectors.toMap(Verdict.ResultColumn::name, Function.identity(), (a, b) -> a));
    List<MappedColumn> fields = viewFields(view, report);
    for (MappedColumn field : fields) {
      Verdict.ResultColumn column = byName.get(field.name().toLowerCase(Locale.ROOT));
      if (column == null) {
        report.error(
            ViewEntityMessages.fieldWithoutColumn(field, view.name(), columns),
            field.field(),
            null,
            null);
      } else {
        Optional<String> refusal =
            mainRunJudges(typings)
                ? refusal(field, view.name(), column, dialect)
                    .or(() -> refusalOnTarget(field, view.name(), typings))
                : refusalOnTarget(field, view.name(), typings);
        refusal.ifPresent(message -> report.error(message, field.field(), null, null));
        NullWitness witness = nullWitnesses.get(column.name());
        if (refusal.isEmpty() && witness != null && setsNoNull(field)) {
          report.warning(
              ViewEntityMessages.nullIntoPrimitive(field, view.name(), column, witness),
              field.field(),
              null,
              null);
        }
      }
    }
    warnOfUnreadColumns(view, columns, fields, report);
  }

  /**
   * The view entity's fields that read the view's columns; those of a secondary table are checked
   * against that table.
   */
  private List<MappedColumn> viewFields(DeclaredView view, ValidationReport report) {
    // a converter of a Boolean or an enum gives a view's column its type, without the check that
    // keeps it out of tables
    List<MappedColumn> mapped =
        mapper
            .converting(mapper.converters().inViews())
            .columns(view.element(), new MappingReport(report, false));
    List<MappedColumn> fields = new ArrayList<>();
    for (MappedColumn field : mapped) {
      if (SecondaryTableFields.onView(field, view)) {
        fields.add(field);
      } else {
        SecondaryTableFields.check(field, schema, report);
      }
    }
    return fields;
  }

  /**
   * Whether Hibernate maps the view entity through its getters, which Strata does not read: its
   * fields' names and annotations are then not what Hibernate maps, and matching them would only
   * give false errors. A warning says it is not matched.
   */
  private static boolean mappedByGetters(DeclaredView view, ValidationReport report) {
    Optional<PropertyAccess.Selection> getters = PropertyAccess.inHierarchy(view.element());
    getters.ifPresent(
        selection ->
            report.warning(
                ViewEntityMessages.propertyAccess(
                    view.className(), view.name(), selection.description()),
                selection.element(),
                selection.annotation(),
                null));
    return getters.isPresent();
  }

  private static void warnOfUnreadColumns(
      DeclaredView view,
      List<Verdict.ResultColumn> columns,
      List<MappedColumn> fields,
      ValidationReport report) {
    for (Verdict.ResultColumn column : columns) {
      boolean read =
          fields.stream().anyMatch(field -> field.name().equalsIgnoreCase(column.name()));
      if (!read) {
        report.warning(
            ViewEntityMessages.columnWithoutField(view.name(), column.name(), view.className()),
            view.element(),
            view.annotation(),
            null);
      }
    }
  }
}
