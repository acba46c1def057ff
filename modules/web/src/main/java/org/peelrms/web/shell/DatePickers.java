package org.peelrms.web.shell;

import jakarta.el.ValueExpression;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.time.LocalDateTime;
import java.util.Locale;
import org.primefaces.component.datepicker.DatePicker;

/**
 * Every date picker on every page, set up the same way in this one place (registered in
 * faces-config.xml for each picker before it is validated and before it is drawn):
 * <ul>
 * <li>one format: {@code dd/MM/yyyy}, or {@code dd/MM/yyyy HH:mm} (24-hour) for a date and time;</li>
 * <li>strict reading by {@link StrictDateConverter}: an impossible date is refused with a message;</li>
 * <li>{@code keepInvalid}: the picker's script leaves what was typed alone. Without it the script
 *     rewrote the box on each change to its own reading of the text (31/02 became 02/03, an
 *     unreadable date vanished), so the server never saw what the officer typed.</li>
 * </ul>
 * Whether a picker takes a time follows from the type of its value ({@link LocalDateTime}).
 */
public class DatePickers implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof DatePicker;
    }

    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
        DatePicker picker = (DatePicker) event.getSource();
        if (picker.getConverter() instanceof StrictDateConverter) {
            return;
        }
        boolean withTime = takesATime(picker);
        picker.setShowTime(withTime);
        picker.setPattern(withTime ? TypedDates.DATE_TIME_PATTERN : TypedDates.DATE_PATTERN);
        picker.setLocale(Locale.UK);
        picker.setKeepInvalid(true);
        picker.setConverter(new StrictDateConverter());
    }

    private static boolean takesATime(DatePicker picker) {
        ValueExpression value = picker.getValueExpression("value");
        if (value == null) {
            return picker.isShowTime();
        }
        Class<?> type = value.getType(FacesContext.getCurrentInstance().getELContext());
        return type != null && LocalDateTime.class.isAssignableFrom(type);
    }
}
