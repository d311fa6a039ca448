package com.example.unsupported;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SecondaryTable;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.Array;
import org.hibernate.annotations.Collate;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.DialectOverride;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.hibernate.annotations.EmbeddedTable;
import org.hibernate.annotations.ListIndexJdbcTypeCode;
import org.hibernate.annotations.MapKeyJdbcTypeCode;
import org.hibernate.annotations.NativeGenerator;
import org.hibernate.annotations.PartitionKey;
import org.hibernate.annotations.PropertyRef;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.type.SqlTypes;

/**
 * Hibernate's annotations that change a column's type, name, table or key, each of which
 * Hibernate's export follows.
 */
@Entity
@SecondaryTable(name = "shaped_extra")
public class ShapedColumns {
  @Id @GeneratedValue @NativeGenerator private Long id;

  @Collate("ucs_basic")
  private String sorted;

  @Array(length = 5)
  private Integer[] samples;

  @Embedded
  @EmbeddedColumnNaming("home")
  private Spot home;

  @Embedded
  @EmbeddedTable("shaped_extra")
  private Spot work;

  @ManyToOne
  @PropertyRef("sorted")
  private ShapedColumns twin;

  @PartitionKey private Integer region;

  @ElementCollection
  @OrderColumn
  @ListIndexJdbcTypeCode(SqlTypes.SMALLINT)
  private List<String> tags;

  @ElementCollection
  @MapKeyJdbcTypeCode(SqlTypes.SMALLINT)
  private Map<Integer, String> byNumber;

  @DialectOverride.ColumnDefault(
      dialect = PostgreSQLDialect.class,
      override = @ColumnDefault("7"))
  private Integer seven;

  /** A place, whose columns the fields above name or move. */
  @Embeddable
  public static class Spot {
    private String street;
  }
}
