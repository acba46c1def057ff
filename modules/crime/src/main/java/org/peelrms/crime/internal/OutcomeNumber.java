package org.peelrms.crime.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.peelrms.crime.api.OutcomeType;

/** Stores an outcome type as its Home Office number, 1 to 22, so the table reads as the framework does. */
@Converter
public class OutcomeNumber implements AttributeConverter<OutcomeType, Short> {

    @Override
    public Short convertToDatabaseColumn(OutcomeType outcome) {
        return outcome == null ? null : (short) outcome.number();
    }

    @Override
    public OutcomeType convertToEntityAttribute(Short number) {
        return number == null ? null : OutcomeType.number(number);
    }
}
