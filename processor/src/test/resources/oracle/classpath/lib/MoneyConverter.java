package org.example.money;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Auto-applied, and compiled apart from the entities: Strata finds it on the class path. */
@Converter(autoApply = true)
public class MoneyConverter implements AttributeConverter<Money, Long> {
  @Override
  public Long convertToDatabaseColumn(Money money) {
    return money == null ? null : money.cents();
  }

  @Override
  public Money convertToEntityAttribute(Long cents) {
    return cents == null ? null : new Money(cents);
  }
}
