package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;

/**
 * A collection-valued attribute of an entity ({@code @OneToMany}, {@code @ManyToMany},
 * {@code @ElementCollection}), declared on the entity, on a mapped superclass, or inside an
 * embeddable it embeds ({@code schedule.calls}), with the overrides the embedding fields declare
 * for it: as in Hibernate, an outer field's override of the path ({@code leg.calls}) wins over an
 * inner one's. Hibernate names its tables and columns after the field alone, as if the entity
 * declared it.
 *
 * @param field the field that declares the collection
 * @param path the attribute's path from the entity, as a {@code mappedBy} names it
 * @param embeddings the embedded fields down to it from the entity, outermost first
 * @param associationOverride the embedding's {@code @AssociationOverride} of it
 * @param attributeOverride the embedding's {@code @AttributeOverride} of it
 */
record CollectionAttribute(
    VariableElement field,
    String path,
    List<VariableElement> embeddings,
    Optional<Overriding> associationOverride,
    Optional<Overriding> attributeOverride) {

  CollectionAttribute {
    embeddings = List.copyOf(embeddings);
  }

  /** An override of the collection, and the embedding field that declares it. */
  record Overriding(VariableElement on, AnnotationMirror annotation) {}

  /** How a field is seen from a class holding it: bound to its type arguments, else reported. */
  @FunctionalInterface
  interface Binding {
    Optional<VariableElement> seenFrom(DeclaredType holder, VariableElement field);
  }

  /**
   * The collections of an entity, its mapped superclasses and the embeddables it embeds, each field
   * holding the types that the entity, or the embedded field, binds its type variables to; one that
   * nothing binds is left out, reported to {@code report}.
   */
  static List<CollectionAttribute> of(TypeElement entity, BoundFields bound, MappingReport report) {
    List<CollectionAttribute> attributes = new ArrayList<>();
    Binding binding = (holder, field) -> bound.seenFrom(holder, field, report);
    collect(entity, (DeclaredType) entity.asType(), "", List.of(), attributes, binding);
    return attributes;
  }

  /**
   * Whether {@code name} is the path of a collection inside the embeddable that the embedded field
   * {@code holder} holds, which the override naming it remaps there.
   */
  static boolean inside(Element holder, String name) {
    return holder instanceof VariableElement field
        && embeddable(field)
            .filter(
                type -> {
                  List<CollectionAttribute> held = new ArrayList<>();
                  // only the paths matter here, so the fields stay as declared
                  collect(
                      type,
                      (DeclaredType) type.asType(),
                      "",
                      List.of(),
                      held,
                      (holding, declared) -> Optional.of(declared));
                  return held.stream().anyMatch(a -> a.path().equals(name));
                })
            .isPresent();
  }

  /**
   * The {@code @JoinTable} that names its join or collection table: the embedding's override's,
   * else the field's own.
   */
  Optional<AnnotationMirror> joinTable() {
    return associationOverride
        .flatMap(o -> AnnotationMirrors.value(o.annotation(), "joinTable"))
        .map(v -> (AnnotationMirror) v.getValue())
        .or(() -> JpaAnnotations.find(field, "JoinTable"));
  }

  /**
   * The {@code @JoinColumn} of a {@code @OneToMany @JoinColumn}: the embedding's override's, else
   * the field's own.
   */
  Optional<AnnotationMirror> joinColumn() {
    List<AnnotationMirror> overriding =
        associationOverride
            .map(o -> AnnotationMirrors.annotations(o.annotation(), "joinColumns"))
            .orElse(List.of());
    return overriding.isEmpty()
        ? JpaAnnotations.find(field, "JoinColumn")
        : Optional.of(overriding.get(0));
  }

  /** The {@code @Column} of a collection of basic values: the embedding's override's, else own. */
  Optional<AnnotationMirror> column() {
    return attributeOverride
        .flatMap(o -> AnnotationMirrors.value(o.annotation(), "column"))
        .map(v -> (AnnotationMirror) v.getValue())
        .or(() -> JpaAnnotations.find(field, "Column"));
  }

  /**
   * Adds the collections of {@code type}, its fields seen from {@code holder}: the entity, or the
   * type of the embedded field that holds {@code type}, with its type arguments.
   */
  private static void collect(
      TypeElement type,
      DeclaredType holder,
      String prefix,
      List<VariableElement> embeddings,
      List<CollectionAttribute> attributes,
      Binding binding) {
    if (type.getSuperclass() instanceof DeclaredType superclass
        && JpaAnnotations.has(superclass.asElement(), "MappedSuperclass")) {
      collect(
          (TypeElement) superclass.asElement(), holder, prefix, embeddings, attributes, binding);
    }
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() != ElementKind.FIELD
          || member.getModifiers().contains(Modifier.STATIC)
          || member.getModifiers().contains(Modifier.TRANSIENT)
          || JpaAnnotations.has(member, "Transient", "Id", "EmbeddedId")) {
        continue;
      }
      Optional<VariableElement> bound = binding.seenFrom(holder, (VariableElement) member);
      if (bound.isEmpty()) {
        continue;
      }
      VariableElement field = bound.get();
      String path = prefix + field.getSimpleName();
      if (JpaAnnotations.has(field, "OneToMany", "ManyToMany", "ElementCollection")) {
        attributes.add(
            new CollectionAttribute(
                field,
                path,
                embeddings,
                override(embeddings, path, AssociationOverrides::declaredOn),
                override(embeddings, path, AttributeOverrides::declaredOn)));
      } else if (embeddable(field).isPresent()) {
        List<VariableElement> deeper = new ArrayList<>(embeddings);
        deeper.add(field);
        TypeElement embeddable = embeddable(field).get();
        DeclaredType held =
            field.asType() instanceof DeclaredType declared
                    && declared.asElement().equals(embeddable)
                ? declared
                : (DeclaredType) embeddable.asType();
        collect(embeddable, held, path + ".", deeper, attributes, binding);
      }
    }
  }

  /** The embeddable an embedded field holds. */
  private static Optional<TypeElement> embeddable(VariableElement field) {
    TypeElement type = JpaTypes.typeElement(field.asType());
    return type != null
            && (JpaAnnotations.has(field, "Embedded") || JpaAnnotations.has(type, "Embeddable"))
        ? Optional.of(type)
        : Optional.empty();
  }

  /** The outermost embedding field's override of the rest of {@code path}. */
  private static Optional<Overriding> override(
      List<VariableElement> embeddings,
      String path,
      Function<Element, List<AnnotationMirror>> overrides) {
    String rest = path;
    for (VariableElement embedding : embeddings) {
      rest = rest.substring(rest.indexOf('.') + 1);
      for (AnnotationMirror override : overrides.apply(embedding)) {
        if (AnnotationMirrors.string(override, "name", "").equals(rest)) {
          return Optional.of(new Overriding(embedding, override));
        }
      }
    }
    return Optional.empty();
  }
}
