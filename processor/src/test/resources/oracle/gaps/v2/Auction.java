package org.example.gaps;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyJoinColumn;
import jakarta.persistence.MapKeyJoinColumns;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Entity
public class Auction {
  @Id private Long id;

  @ElementCollection private Set<Grade> grades;

  @ElementCollection @OrderColumn private List<Grade> ranking;

  @ElementCollection
  @Enumerated(EnumType.STRING)
  private Set<Grade> namedGrades;

  @ElementCollection private Map<String, Grade> gradeByCode;

  @ElementCollection
  @Enumerated(EnumType.STRING)
  @Column(name = "grade")
  private Map<String, Grade> namedGradeByCode;

  @ElementCollection
  @MapKeyColumn(name = "code", columnDefinition = "varchar(12)")
  private Map<String, String> byDefinition;

  @ElementCollection
  @MapKeyColumn(name = "lang", length = 8, unique = true)
  private Map<String, String> uniqueKeys;

  @ElementCollection
  @MapKeyColumn(name = "price", precision = 10, scale = 2, nullable = true)
  private Map<BigDecimal, String> byPrice;

  @ElementCollection
  @MapKeyJoinColumns({
    @MapKeyJoinColumn(name = "lot_site", referencedColumnName = "site"),
    @MapKeyJoinColumn(name = "lot_number", referencedColumnName = "number")
  })
  private Map<Lot, String> lotNotes;

  @ManyToMany
  @JoinTable(name = "auction_winners")
  @MapKeyJoinColumns({
    @MapKeyJoinColumn(name = "won_site", referencedColumnName = "site"),
    @MapKeyJoinColumn(name = "won_number", referencedColumnName = "number")
  })
  private Map<Lot, Bidder> winners;

  @OneToMany
  @JoinTable(name = "auction_slots")
  @MapKeyColumn(name = "slot", columnDefinition = "varchar(12)", unique = true)
  private Map<String, Bidder> slots;

  @ManyToMany
  @JoinTable(name = "auction_ranks")
  private Map<Grade, Bidder> bidderByGrade;
}
