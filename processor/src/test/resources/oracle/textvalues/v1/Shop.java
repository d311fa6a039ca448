package org.example.textvalues;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.net.URL;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

/**
 * Values Hibernate stores as their text: a currency's code in a {@code varchar(3)} (a column of
 * another length where {@code @Column(length)} says so, as a shop's price currency in Shopizer's
 * model), an offset in a {@code varchar(6)}, a locale, time zone, zone id and URL in a {@code
 * varchar(255)}; as fields, an element collection's values and a map's keys.
 */
@Entity
public class Shop {
  @Id private Long id;

  @Column(nullable = false, unique = true)
  private Currency currency;

  @Column(length = 10)
  private Currency wideCurrency;

  private Currency plainCurrency;

  private Locale locale;

  private TimeZone timeZone;

  private ZoneId zone;

  private ZoneOffset utcOffset;

  private URL homePage;

  @ElementCollection private Set<Currency> accepted;

  @ElementCollection private Map<Locale, ZoneOffset> offsets;
}
