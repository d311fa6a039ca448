package org.example.eventsevolution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.NaturalId;

@Entity
public class Ticket {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tickets")
  @SequenceGenerator(name = "tickets", sequenceName = "ticket_seq", allocationSize = 10)
  Long id;

  @Version Short version;

  @NaturalId
  @ManyToOne(optional = false)
  Event event;

  @NaturalId
  @Column(length = 12)
  String seat;

  @OneToOne(optional = false)
  @JoinColumn(name = "booking_id")
  Booking booking;

  @ManyToOne(optional = false)
  Workshop workshop;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  @ColumnDefault("'ISSUED'")
  TicketState state;
}
