// Test input reconstructed here: the JPA mapping of RealmLocalizationTextsEntity in Keycloak
// (keycloak/keycloak, model/jpa): tables, columns and mapping annotations only.
package org.example.keycloak;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Map;
import java.util.Objects;
import org.hibernate.annotations.Nationalized;

@Entity
@IdClass(RealmLocalizationTextsEntity.RealmLocalizationTextEntityKey.class)
@Table(name = "REALM_LOCALIZATIONS")
public class RealmLocalizationTextsEntity {
  public static class RealmLocalizationTextEntityKey implements Serializable {
    private RealmEntity realm;
    private String locale;

    @Override
    public boolean equals(Object o) {
      return o instanceof RealmLocalizationTextEntityKey key
          && Objects.equals(realm, key.realm)
          && Objects.equals(locale, key.locale);
    }

    @Override
    public int hashCode() {
      return Objects.hash(realm, locale);
    }
  }

  @Id
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "REALM_ID")
  private RealmEntity realm;

  @Id
  @Column(name = "LOCALE")
  private String locale;

  @Nationalized
  @Column(name = "TEXTS")
  @Convert(converter = MapStringConverter.class)
  private Map<String, String> texts;
}
