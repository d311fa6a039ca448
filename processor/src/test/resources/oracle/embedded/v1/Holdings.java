package org.example.embedded;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.EmbeddedColumnNaming;

/**
 * Collections inside an embeddable that {@link Terminal} embeds under {@code @EmbeddedColumnNaming}:
 * Hibernate 7.2 puts the patterns around each collection's basic value, basic map key and order
 * columns, named or not, but not around join columns, an embeddable value's columns or tables.
 */
@Embeddable
public class Holdings {
  private String note;

  @ElementCollection
  @Column(name = "label")
  private List<String> tags;

  @ElementCollection
  @MapKeyColumn(name = "prop_name")
  private Map<String, String> props;

  @ElementCollection @OrderColumn private List<Integer> scores;

  @ElementCollection
  @Convert(converter = CodeLength.class)
  private Set<String> codes;

  @ElementCollection private Map<Keeper, String> byKeeper;

  @ElementCollection @OrderColumn private List<Position> spots;

  @OneToMany
  @JoinColumn(name = "terminal_id")
  private List<Keeper> keepers;

  @ManyToMany
  @OrderColumn
  @JoinTable(name = "terminal_watch")
  private List<Keeper> watch;

  @Embedded
  @EmbeddedColumnNaming("geoMark_%s")
  private Marks marks;
}
