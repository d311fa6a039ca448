package org.example.eventsevolution;

import jakarta.persistence.Column;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.OrderColumn;
import java.math.BigDecimal;
import java.util.List;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;

@Entity
@Check(constraints = "seats > 0")
public class Workshop extends Event {
  @Column(precision = 4, scale = 1)
  BigDecimal hours;

  int seats;

  @ElementCollection
  @OrderColumn
  @CollectionTable(name = "workshop_fees")
  List<Money> fees;

  @ElementCollection
  @OrderColumn
  @CollectionTable(name = "workshop_tiers")
  @AttributeOverride(
      name = "price.amount",
      column = @Column(name = "tier_amount", precision = 12, scale = 2))
  List<PriceTier> tiers;

  @Column(nullable = false, length = 20)
  @ColumnDefault("'ALL'")
  String level;
}
