package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * The {@code AttributeConverter}s that decide a column's type as Hibernate applies them: the one
 * {@code @Convert(converter = ...)} names, else a {@code @Converter(autoApply = true)} whose entity
 * type is the attribute's, unless {@code @Convert(disableConversion = true)} turns that off. The
 * column then has the type of the converter's database side, {@code Y} of {@code
 * AttributeConverter<X, Y>}. Auto-applied converters are those of the compilation, and those on the
 * class path (another module, a jar) in the package of the converted type or of the class declaring
 * the field: a processor sees no class path but by package, and Hibernate's scan of the whole
 * persistence unit has no equivalent at compile time.
 */
final class AttributeConverters {

  static final AttributeConverters NONE =
      new AttributeConverters(Map.of(), null, new HashMap<>(), Map.of(), true);

  /**
   * Erased entity-side type name to the auto-applied converters of it ({@code List<String>} and
   * {@code List<Integer>} are both {@code java.util.List}), sorted for a deterministic choice.
   */
  private final Map<String, List<TypeElement>> autoApplied;

  /** Reads packages on the class path; null when only the round's converters apply. */
  private final Elements elements;

  /** The auto-applied converters found in each package read so far, by package name. */
  private final Map<String, Map<String, List<TypeElement>>> byPackage;

  /**
   * The {@code @Convert(attributeName = ...)}s of the classes and fields above, by the path below
   * this level they name ({@code zip}, {@code position.lat}); an outer one wins over an inner one
   * and over a field's own {@code @Convert}, as in Hibernate.
   */
  private final Map<String, AnnotationMirror> byPath;

  /**
   * Whether the columns are a table's, where Hibernate writes a check of the values a converter of
   * a {@code Boolean} or an enum gives; a view entity's columns are a view's, which has none.
   */
  private final boolean inTables;

  private AttributeConverters(
      Map<String, List<TypeElement>> autoApplied,
      Elements elements,
      Map<String, Map<String, List<TypeElement>>> byPackage,
      Map<String, AnnotationMirror> byPath,
      boolean inTables) {
    this.autoApplied = autoApplied;
    this.elements = elements;
    this.byPackage = byPackage;
    this.byPath = byPath;
    this.inTables = inTables;
  }

  /** The same converters for the columns of a view entity, which a view returns. */
  AttributeConverters inViews() {
    return new AttributeConverters(autoApplied, elements, byPackage, byPath, false);
  }

  /**
   * The converters below {@code step} (an embedded field's or a collection's name; null for the
   * same level, as for a class's own {@code @Convert}s), with those {@code declaring} adds by paths
   * that start with {@code prefix} ({@code key.} or {@code value.} of a map).
   */
  AttributeConverters below(String step, Element declaring, String prefix) {
    String outer = step == null ? prefix : step + "." + prefix;
    Map<String, AnnotationMirror> paths = new HashMap<>();
    byPath.forEach(
        (path, convert) -> {
          if (path.startsWith(outer)) {
            paths.put(path.substring(outer.length()), convert);
          }
        });
    for (AnnotationMirror convert : JpaAnnotations.all(declaring, "Convert")) {
      String path = ConvertPaths.path(convert);
      if (!path.isEmpty() && path.startsWith(prefix)) {
        paths.putIfAbsent(path.substring(prefix.length()), convert);
      }
    }
    return new AttributeConverters(autoApplied, elements, byPackage, Map.copyOf(paths), inTables);
  }

  /** The auto-applied converters among the {@code @Converter} classes of the round. */
  static AttributeConverters of(RoundEnvironment round, Elements elements) {
    Map<String, List<TypeElement>> autoApplied = new TreeMap<>();
    for (TypeElement annotation : JpaAnnotations.types(elements, "Converter")) {
      addAutoApplied(round.getElementsAnnotatedWith(annotation), autoApplied);
    }
    return new AttributeConverters(autoApplied, elements, new HashMap<>(), Map.of(), true);
  }

  private static void addAutoApplied(
      Iterable<? extends Element> candidates, Map<String, List<TypeElement>> autoApplied) {
    for (Element element : candidates) {
      boolean auto =
          JpaAnnotations.find(element, "Converter")
              .map(c -> AnnotationMirrors.bool(c, "autoApply", false))
              .orElse(false);
      if (auto && element instanceof TypeElement converter) {
        ConverterSides.of(converter)
            .ifPresent(
                sides -> {
                  List<TypeElement> same =
                      autoApplied.computeIfAbsent(
                          JpaTypes.name(sides.get(0)), name -> new ArrayList<>());
                  if (!same.contains(converter)) {
                    same.add(converter);
                  }
                });
      }
    }
  }

  /**
   * The auto-applied converter of {@code valueType} held by {@code field}, the most specific of
   * {@link #allAutoApplied}, if there is one.
   */
  Optional<TypeElement> autoApplied(VariableElement field, TypeMirror valueType) {
    return allAutoApplied(field, valueType).stream().findFirst();
  }

  /**
   * Every auto-applied converter Hibernate 7 matches to {@code valueType} ({@link ConverterMatch}):
   * of the type itself (of a primitive's wrapper for a primitive, measured: a {@code long}) or of
   * any of its supertypes (measured: a converter of {@code java.util.Date} converts a {@code
   * java.sql.Date}, and beside one of {@code java.sql.Date} Hibernate refuses to start); the type's
   * own first, then by distance.
   */
  List<TypeElement> allAutoApplied(VariableElement field, TypeMirror valueType) {
    TypeMirror checked = boxed(valueType);
    List<String> names = new ArrayList<>();
    names.add(JpaTypes.name(checked));
    names.addAll(SuperTypes.names(checked));
    Set<TypeElement> found = new LinkedHashSet<>();
    for (String name : names) {
      for (TypeElement converter : autoApplied(field, checked, name)) {
        if (ConverterMatch.matches(ConverterSides.of(converter).orElseThrow().get(0), checked)) {
          found.add(converter);
        }
      }
    }
    return List.copyOf(found);
  }

  /** A primitive's wrapper type; any other type as it is. */
  private TypeMirror boxed(TypeMirror type) {
    return type.getKind().isPrimitive() && elements != null
        ? elements.getTypeElement(JpaTypes.boxed(JpaTypes.name(type))).asType()
        : type;
  }

  /**
   * The auto-applied converters of the type named {@code name}: the round's, else those in the
   * package of {@code valueType} or of the class declaring {@code field}, as the class path holds
   * them.
   */
  private List<TypeElement> autoApplied(VariableElement field, TypeMirror valueType, String name) {
    if (autoApplied.containsKey(name) || elements == null) {
      return autoApplied.getOrDefault(name, List.of());
    }
    List<Element> places = new ArrayList<>();
    if (valueType instanceof DeclaredType declared) {
      places.add(declared.asElement());
    }
    places.add(field.getEnclosingElement());
    return places.stream()
        .map(place -> elements.getPackageOf(place).getQualifiedName().toString())
        // the JDK declares no converters
        .filter(pkg -> !pkg.startsWith("java.") && !pkg.startsWith("javax."))
        .map(pkg -> converters(pkg).get(name))
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(List.of());
  }

  private Map<String, List<TypeElement>> converters(String pkg) {
    return byPackage.computeIfAbsent(
        pkg,
        name -> {
          Map<String, List<TypeElement>> found = new TreeMap<>();
          PackageElement element = elements.getPackageElement(name);
          if (element != null) {
            addAutoApplied(element.getEnclosedElements(), found);
          }
          return found;
        });
  }

  /** What a converter does to a field: nothing, a database type, or a mapping Strata refuses. */
  sealed interface Conversion {
    record None() implements Conversion {}

    /** The converter's database side, whose type the column takes. */
    record ToColumn(TypeElement converter, TypeMirror databaseType) implements Conversion {}

    /** A conversion Strata cannot follow, or Hibernate refuses: the error's message and place. */
    record Refused(String message, AnnotationMirror at) implements Conversion {

      /** One Strata cannot follow yet, as {@code mapping} names it. */
      static Refused unsupported(String mapping, AnnotationMirror at) {
        return new Refused(JpaMessages.unsupported(mapping), at);
      }
    }
  }

  /** The conversion of the value of {@code valueType} that {@code field} holds. */
  Conversion of(VariableElement field, TypeMirror valueType) {
    Optional<AnnotationMirror> outer =
        Optional.ofNullable(byPath.get(field.getSimpleName().toString()));
    Optional<Conversion.Refused> refused = ConvertPaths.refused(field);
    if (refused.isPresent()) {
      return refused.get();
    }
    Optional<AnnotationMirror> convert =
        outer.or(
            () ->
                JpaAnnotations.all(field, "Convert").stream()
                    .filter(c -> ConvertPaths.ofOwnValue(field, c))
                    .findFirst());
    if (convert.isPresent()) {
      AnnotationMirror annotation = convert.get();
      if (outer.isPresent()
          && AnnotationMirrors.value(annotation, "converter")
              .flatMap(ConverterSides::classOf)
              .flatMap(BooleanConverters::of)
              .isPresent()) {
        return Conversion.Refused.unsupported(
            "a Hibernate boolean converter by @Convert(attributeName = ...), whose check Strata"
                + " writes for a field's own @Convert only",
            annotation);
      }
      if (AnnotationMirrors.bool(annotation, "disableConversion", false)) {
        return new Conversion.None();
      }
      Optional<TypeElement> named =
          AnnotationMirrors.value(annotation, "converter").flatMap(ConverterSides::classOf);
      Optional<String> under = UnconvertedAttributes.valuesUnder(field, valueType, "");
      if (named.isPresent() && under.isPresent()) {
        // measured: Hibernate refuses it on a field, and ignores it on a collection's values
        return JpaTypes.name(valueType).equals(JpaTypes.name(field.asType()))
            ? new Conversion.Refused(
                ConverterMessages.namedConverterUnder(under.get(), field, named.get()), annotation)
            : new Conversion.None();
      }
      if (named.isPresent() && BooleanConverters.inCollection(field, named.get())) {
        return Conversion.Refused.unsupported(
            named.get().getSimpleName()
                + " on the values of a collection, whose check Hibernate writes in its table",
            annotation);
      }
      if (named.isPresent()) {
        return toColumn(named.get(), annotation);
      }
    }
    if (UnconvertedAttributes.exempt(field)) {
      return new Conversion.None();
    }
    return autoConversion(field, valueType, convert.orElse(null));
  }

  /**
   * The converter auto-applied to the type of {@code field}, whether Hibernate applies it or not.
   */
  Optional<TypeElement> autoApplied(VariableElement field) {
    return autoApplied(field, field.asType());
  }

  /**
   * The conversion of the keys of map {@code field}: the converter its
   * {@code @Convert(attributeName = "key")} names, else an auto-applied one, as Hibernate applies
   * one to map keys, while a {@code @Convert} without {@code attributeName} on a map converts its
   * values. A named one beside {@code @MapKeyTemporal} or {@code @MapKeyEnumerated} converts
   * nothing, as Hibernate 7 ignores it there (measured: a {@code Date} key under
   * {@code @MapKeyTemporal(DATE)} keeps its {@code date}); {@link
   * UnconvertedAttributes#collectionSupported} warns of it.
   */
  Conversion ofMapKey(VariableElement field, TypeMirror keyType) {
    Optional<AnnotationMirror> convert = ConvertPaths.ofMapKey(field);
    if (convert.isPresent()) {
      AnnotationMirror annotation = convert.get();
      Optional<TypeElement> named =
          AnnotationMirrors.value(annotation, "converter").flatMap(ConverterSides::classOf);
      if (AnnotationMirrors.bool(annotation, "disableConversion", false)
          || (named.isPresent()
              && UnconvertedAttributes.valuesUnder(field, keyType, "MapKey").isPresent())) {
        return new Conversion.None();
      }
      if (named.isPresent() && BooleanConverters.of(named.get()).isPresent()) {
        return Conversion.Refused.unsupported(
            named.get().getSimpleName()
                + " on the keys of a map, whose check Hibernate writes in its table",
            annotation);
      }
      if (named.isPresent()) {
        return toColumn(named.get(), annotation);
      }
    }
    return autoConversion(field, keyType, convert.orElse(null));
  }

  /**
   * The conversion by the auto-applied converter of {@code type}, a value {@code field} holds:
   * none, the one that matches, or a refusal where several match, as Hibernate refuses to start.
   *
   * @param at the {@code @Convert} on the value, if any, where an error belongs
   */
  private Conversion autoConversion(VariableElement field, TypeMirror type, AnnotationMirror at) {
    List<TypeElement> auto = allAutoApplied(field, type);
    if (auto.size() > 1) {
      return new Conversion.Refused(ConverterMessages.severalAutoApplied(field, type, auto), at);
    }
    return auto.isEmpty() ? new Conversion.None() : toColumn(auto.get(0), at);
  }

  private Conversion toColumn(TypeElement converter, AnnotationMirror at) {
    Optional<BooleanConverters.Stored> hibernates = BooleanConverters.of(converter);
    if (hibernates.isPresent() && elements != null) {
      // whose checks EntityChecks knows
      return new Conversion.ToColumn(
          converter, elements.getTypeElement(hibernates.get().databaseType()).asType());
    }
    Optional<List<TypeMirror>> sides = ConverterSides.of(converter);
    if (sides.isEmpty()) {
      return Conversion.Refused.unsupported(
          "converter "
              + converter.getSimpleName()
              + ", whose AttributeConverter<X, Y> types are"
              + " not stated in its class",
          at);
    }
    // Hibernate writes a check of the values a converter gives a Boolean or an enum's constants,
    // which only running the converter shows; a view has no such check, only the column's type
    TypeMirror entitySide = sides.get().get(0);
    boolean enumeration =
        entitySide instanceof DeclaredType declared
            && declared.asElement().getKind() == javax.lang.model.element.ElementKind.ENUM;
    if (inTables && (enumeration || JpaTypes.name(entitySide).equals("java.lang.Boolean"))) {
      return Conversion.Refused.unsupported(
          "converter "
              + converter.getSimpleName()
              + " of "
              + (enumeration ? "an enum" : "a Boolean")
              + ", whose check constraint Hibernate computes by calling the converter",
          at);
    }
    return new Conversion.ToColumn(converter, sides.get().get(1));
  }
}
