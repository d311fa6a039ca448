package org.example.eventsevolution;

import dev.strata.RenamedFrom;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@Entity
@Table(name = "events")
@Inheritance(strategy = InheritanceType.JOINED)
public abstract class Event extends Audited {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  Long id;

  @Column(nullable = false, length = 100)
  String title;

  @Column(unique = true, nullable = false)
  UUID publicId;

  LocalDate startsOn;

  OffsetDateTime opensAt;

  Duration runtime;

  @ManyToOne(optional = false)
  @OnDelete(action = OnDeleteAction.CASCADE)
  Venue venue;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(
        name = "amount",
        column = @Column(name = "price_amount", precision = 14, scale = 2)),
    @AttributeOverride(name = "code", column = @Column(name = "price_currency", length = 3))
  })
  Money ticketPrice;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "amount", column = @Column(name = "deposit_amount")),
    @AttributeOverride(name = "code", column = @Column(name = "deposit_currency"))
  })
  Money deposit;

  @ElementCollection
  @Enumerated(EnumType.STRING)
  @CollectionTable(name = "event_tags", joinColumns = @JoinColumn(name = "event_id"))
  @Column(name = "tag", length = 24)
  Set<EventTag> tags;

  @ElementCollection
  @CollectionTable(name = "event_quotas")
  @MapKeyEnumerated(EnumType.STRING)
  @MapKeyColumn(name = "tag")
  @Column(name = "seats")
  Map<EventTag, Integer> quotas;

  @ManyToOne
  @OnDelete(action = OnDeleteAction.SET_NULL)
  @RenamedFrom("parent")
  Event parentEvent;

  @ManyToMany
  @OrderBy("name")
  List<Presenter> speakers;

  @OneToMany(mappedBy = "event")
  @OrderBy("bookedAt DESC")
  List<Booking> bookings;
}
