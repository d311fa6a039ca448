package org.example.jdkvalues;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The arrays Hibernate 7 maps as one column: an SQL array on H2 and PostgreSQL, JSON on MariaDB;
 * a {@code String[]}'s elements sized by {@code @Column(length)}.
 */
@Entity
public class Sensor {
  @Id private Long id;

  private int[] counts;

  private Integer[] boxedCounts;

  private long[] totals;

  private Long[] boxedTotals;

  private short[] levels;

  private Short[] boxedLevels;

  private double[] readings;

  private Double[] boxedReadings;

  private float[] samples;

  private Float[] boxedSamples;

  private boolean[] flags;

  private Boolean[] boxedFlags;

  private String[] labels;

  @Column(length = 40)
  private String[] tags;

  @Basic(optional = false)
  private String[] channels;

  private UUID[] peers;

  private LocalDate[] serviceDays;
}
