// Test input reconstructed here: the JPA mapping of Film in the Sakila sample database
// (jinahya/jpa-with-sakila-sample-database): tables, columns and mapping annotations only.
package org.example.sakila;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

@Entity
@Table(name = Film.TABLE_NAME)
public class Film extends _BaseEntity<Integer> {

  public static final String TABLE_NAME = "film";

  public static final String COLUMN_NAME_FILM_ID = "film_id";

  public static final String COLUMN_NAME_TITLE = "title";

  public static final String COLUMN_NAME_DESCRIPTION = "description";

  public static final String COLUMN_NAME_LANGUAGE_ID = "language_id";

  public static final String COLUMN_NAME_ORIGINAL_LANGUAGE_ID = "original_language_id";

  public static final String COLUMN_NAME_RENTAL_DURATION = "rental_duration";

  public static final int COLUMN_VALUE_RENTAL_DURATION_3 = 3;

  public static final String COLUMN_NAME_RENTAL_RATE = "rental_rate";

  public static final int COLUMN_PRECISION_RENTAL_RATE = 4;

  public static final int COLUMN_SCALE_RENTAL_RATE = 2;

  public static final BigDecimal COLUMN_DEFAULT_RENTAL_RATE = BigDecimal.valueOf(4.99d);

  public static final String COLUMN_NAME_LENGTH = "length";

  public static final String COLUMN_NAME_REPLACEMENT_COST = "replacement_cost";

  public static final int COLUMN_PRECISION_REPLACEMENT_COST = 5;

  public static final int COLUMN_SCALE_REPLACEMENT_COST = 2;

  public static final BigDecimal COLUMN_DEFAULT_REPLACEMENT_COST = BigDecimal.valueOf(19.99d);

  public static final String COLUMN_NAME_RATING = "rating";

  public static final String COLUMN_VALUE_RATING_PG_13 = "PG-13";

  public static final String COLUMN_VALUE_RATING_NC_17 = "NC-17";

  public enum Rating {
    G,
    PG,
    PG_13(COLUMN_VALUE_RATING_PG_13),
    R,
    NC_17(COLUMN_VALUE_RATING_NC_17);

    static Rating valueOfColumnValue(final String columnValue) {
      Objects.requireNonNull(columnValue, "columnValue is null");
      for (final Rating value : values()) {
        if (value.columnValue().equals(columnValue)) {
          return value;
        }
      }
      throw new IllegalArgumentException("no value for " + columnValue);
    }

    Rating(final String columnValue) {
      this.columnValue = columnValue;
    }

    Rating() {
      this(null);
    }

    public String columnValue() {
      return Objects.requireNonNullElseGet(columnValue, this::name);
    }

    private final String columnValue;
  }

  @Converter
  public static class RatingConverter implements AttributeConverter<Rating, String> {

    @Override
    public String convertToDatabaseColumn(final Rating attribute) {
      if (attribute == null) {
        return null;
      }
      return attribute.columnValue();
    }

    @Override
    public Rating convertToEntityAttribute(final String dbData) {
      if (dbData == null) {
        return null;
      }
      return Rating.valueOfColumnValue(dbData);
    }
  }

  public static final String COLUMN_NAME_SPECIAL_FEATURES = "special_features";

  public enum SpecialFeature {
    TRAILERS("Trailers"),
    COMMENTARIES("Commentaries"),
    DELETED_SCENES("Deleted Scenes"),
    BEHIND_THE_SCENES("Behind the Scenes");

    static SpecialFeature valueOfColumnValue(final String columnValue) {
      Objects.requireNonNull(columnValue, "columnValue is null");
      for (final SpecialFeature value : values()) {
        if (value.columnValue().equals(columnValue)) {
          return value;
        }
      }
      throw new IllegalArgumentException("no value for " + columnValue);
    }

    SpecialFeature(final String columnValue) {
      this.columnValue = Objects.requireNonNull(columnValue, "columnValue is null");
    }

    public String columnValue() {
      return columnValue;
    }

    private final String columnValue;
  }

  @Converter
  public static class SpecialFeaturesConverter
      implements AttributeConverter<Set<SpecialFeature>, String> {

    @Override
    public String convertToDatabaseColumn(final Set<SpecialFeature> attribute) {
      if (attribute == null) {
        return null;
      }
      return attribute.stream().map(SpecialFeature::columnValue).collect(Collectors.joining(","));
    }

    @Override
    public Set<SpecialFeature> convertToEntityAttribute(final String dbData) {
      if (dbData == null) {
        return null;
      }
      return Arrays.stream(dbData.split(","))
          .map(SpecialFeature::valueOfColumnValue)
          .collect(Collectors.toCollection(() -> EnumSet.noneOf(SpecialFeature.class)));
    }
  }

  public Film() {
    super();
  }

  @Override
  Integer identifier() {
    return filmId;
  }

  @Max(_DomainConstants.MAX_SMALLINT_UNSIGNED)
  @PositiveOrZero
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = COLUMN_NAME_FILM_ID, nullable = false, insertable = true, updatable = false)
  private Integer filmId;

  @NotNull
  @Basic(optional = false)
  @Column(name = COLUMN_NAME_TITLE, nullable = false, length = 128)
  private String title;

  @Basic(optional = true)
  @Column(
      name = COLUMN_NAME_DESCRIPTION,
      nullable = true,
      length = _DomainConstants.COLUMN_LENGTH_TEXT)
  private String description;

  @Basic(optional = true)
  @Column(name = "release_year", nullable = true)
  private Integer releaseYear;

  @Max(_DomainConstants.MAX_TINYINT_UNSIGNED)
  @PositiveOrZero
  @NotNull
  @Basic(optional = false)
  @Column(name = COLUMN_NAME_LANGUAGE_ID, nullable = false)
  private Integer languageId;

  @Max(_DomainConstants.MAX_TINYINT_UNSIGNED)
  @PositiveOrZero
  @Basic(optional = true)
  @Column(name = COLUMN_NAME_ORIGINAL_LANGUAGE_ID, nullable = true)
  private Integer originalLanguageId;

  @Max(_DomainConstants.MAX_TINYINT_UNSIGNED)
  @PositiveOrZero
  @NotNull
  @Basic(optional = false)
  @Column(name = COLUMN_NAME_RENTAL_DURATION, nullable = false)
  private Integer rentalDuration = COLUMN_VALUE_RENTAL_DURATION_3;

  @NotNull
  @Basic(optional = false)
  @Column(
      name = COLUMN_NAME_RENTAL_RATE,
      nullable = false,
      precision = COLUMN_PRECISION_RENTAL_RATE,
      scale = COLUMN_SCALE_RENTAL_RATE)
  private BigDecimal rentalRate = COLUMN_DEFAULT_RENTAL_RATE;

  @Max(_DomainConstants.MAX_SMALLINT_UNSIGNED)
  @PositiveOrZero
  @Basic(optional = true)
  @Column(name = COLUMN_NAME_LENGTH, nullable = true)
  private Integer length;

  @NotNull
  @Basic(optional = false)
  @Column(
      name = COLUMN_NAME_REPLACEMENT_COST,
      nullable = false,
      precision = COLUMN_PRECISION_REPLACEMENT_COST,
      scale = COLUMN_SCALE_REPLACEMENT_COST)
  private BigDecimal replacementCost = COLUMN_DEFAULT_REPLACEMENT_COST;

  @Convert(converter = RatingConverter.class)
  @Basic(optional = true)
  @Column(name = COLUMN_NAME_RATING, nullable = true)
  private Rating rating;

  @Convert(converter = SpecialFeaturesConverter.class)
  @Basic(optional = true)
  @Column(name = COLUMN_NAME_SPECIAL_FEATURES, nullable = true)
  private Set<SpecialFeature> specialFeatures;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(
      name = COLUMN_NAME_LANGUAGE_ID,
      nullable = false,
      insertable = false,
      updatable = false)
  private Language language;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(
      name = COLUMN_NAME_ORIGINAL_LANGUAGE_ID,
      nullable = false,
      insertable = false,
      updatable = false)
  private Language originalLanguage;

  @ManyToMany(
      cascade = {},
      fetch = FetchType.LAZY,
      targetEntity = Actor.class)
  @JoinTable(
      name = FilmActor.TABLE_NAME,
      joinColumns = {@JoinColumn(name = FilmActor.COLUMN_NAME_FILM_ID)},
      inverseJoinColumns = {@JoinColumn(name = FilmActor.COLUMN_NAME_ACTOR_ID)})
  private List<@Valid @NotNull Actor> actors;
}
