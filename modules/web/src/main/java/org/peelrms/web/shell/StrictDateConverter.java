package org.peelrms.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.primefaces.component.datepicker.DatePicker;
import org.primefaces.component.outputlabel.OutputLabel;

/**
 * Reads and writes the text of a date picker strictly ({@link TypedDates}): what was typed is either
 * the date meant or refused with a message naming the field and why, never quietly another date as
 * PrimeFaces' own lenient parsing did (31/02/2020 became 29/02/2020). Put on every date picker by
 * {@link DatePickers}.
 */
public class StrictDateConverter implements Converter<Object> {

    /** A date and time where the picker shows a time, else a date. */
    @Override
    public Object getAsObject(FacesContext context, UIComponent component, String value) {
        try {
            return ((DatePicker) component).isShowTime() ? TypedDates.dateTime(value) : TypedDates.date(value);
        } catch (TypedDates.NotADate e) {
            String label = label(component);
            String message = (label == null ? "" : label + ": ") + e.getMessage();
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message), e);
        }
    }

    /** The field's name as its label shows it ("Date of birth (dd/mm/yyyy)"), to say which date is wrong. */
    private static String label(UIComponent picker) {
        Object given = picker.getAttributes().get("label");
        if (given != null) {
            return given.toString();
        }
        UIComponent form = picker.getNamingContainer();
        return form == null ? null : labelFor(form, picker.getId());
    }

    private static String labelFor(UIComponent within, String id) {
        for (UIComponent child : within.getChildren()) {
            if (child instanceof OutputLabel label && id.equals(label.getFor()) && label.getValue() != null) {
                return label.getValue().toString();
            }
            String found = labelFor(child, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Object value) {
        if (value instanceof LocalDateTime at) {
            return TypedDates.show(at);
        }
        if (value instanceof LocalDate date) {
            return TypedDates.show(date);
        }
        return value == null ? "" : value.toString();
    }
}
