package org.peelrms.web.custody;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.peelrms.custody.api.BoardRow;
import org.peelrms.custody.api.CustodyRecords;
import org.peelrms.web.crime.UkTime;

/**
 * The custody board: everyone in custody, the most urgent first, with the PACE limit, the next review
 * and the next visit coloured by how soon they are due. The page refreshes itself (p:poll).
 */
@Named
@ViewScoped
public class BoardView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private CustodyRecords custody;

    private List<BoardRow> rows;
    private OffsetDateTime refreshedAt;

    public void refresh() {
        rows = custody.board();
        refreshedAt = OffsetDateTime.now();
    }

    public List<BoardRow> getRows() {
        if (rows == null) {
            refresh();
        }
        return rows;
    }

    /** When the board was last read, "14:30" in UK time. */
    public String getRefreshedAt() {
        getRows();
        return UkTime.show(refreshedAt).substring(11);
    }

    /** "14:30" today, or "11/06 14:30" on another day, in UK time. */
    public String time(ZonedDateTime at) {
        if (at == null) {
            return "";
        }
        String shown = UkTime.show(at.toOffsetDateTime());
        return at.toLocalDate().equals(java.time.LocalDate.now(UkTime.UK)) ? shown.substring(11)
                : shown.substring(0, 5) + " " + shown.substring(11);
    }
}
