package org.example.columns;

import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;

@Entity
@Table(
    name = "products",
    check = @CheckConstraint(name = "products_sane", constraint = "quantity < 1000"))
@Check(constraints = "rating <> 7")
public class Product {
  @Id private Long id;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Enumerated private Status previous;

  @Min(1)
  @Max(10)
  private Integer rating;

  @Check(constraints = "price >= 0")
  private BigDecimal price;

  @Column(check = @CheckConstraint(constraint = "quantity > 0"))
  private Integer quantity;

  @ColumnDefault("'draft'")
  private String state;

  @Temporal(TemporalType.DATE)
  private Date made;

  @Temporal(TemporalType.TIMESTAMP)
  private Calendar seen;

  private Date touched;

  private Money money;

  @Convert(converter = TagsConverter.class)
  private List<String> tags;

  @Lob
  @Convert(converter = TagsConverter.class)
  private List<String> labels;
}
