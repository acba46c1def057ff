package org.peelrms.web.admin;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import org.peelrms.kernel.InvalidInput;
import org.peelrms.missingpersons.api.ReviewIntervalView;
import org.peelrms.missingpersons.api.ReviewIntervals;
import org.peelrms.missingpersons.api.RiskLevel;
import org.peelrms.web.crime.UkTime;
import org.peelrms.web.shell.Messages;

/**
 * The administrators' page for how often missing person cases are reviewed at each risk level. An
 * interval is given in hours and minutes; the change is audited by the missing persons module.
 */
@Named
@ViewScoped
public class ReviewIntervalsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private ReviewIntervals intervals;

    private RiskLevel level;
    private Integer hours;
    private Integer minutes;

    public List<ReviewIntervalView> getAll() {
        return intervals.all();
    }

    public RiskLevel[] getLevels() {
        return RiskLevel.values();
    }

    public void save() {
        if (level == null) {
            Messages.error("Choose the risk level whose interval you are setting.");
            return;
        }
        int total = (hours == null ? 0 : hours) * 60 + (minutes == null ? 0 : minutes);
        try {
            intervals.set(level, total);
            Messages.info(level.label() + " risk: reviews every " + show(total)
                    + " from each case's next grading. Reviews already scheduled stay as they are.");
            level = null;
            hours = null;
            minutes = null;
        } catch (InvalidInput e) {
            Messages.error(e.getMessage());
        } catch (EJBAccessException e) {
            Messages.error("Only an administrator may set review intervals.");
        }
    }

    /** "2 hours", "3 days", "1 hour 30 minutes". */
    public String show(int totalMinutes) {
        int days = totalMinutes / (24 * 60);
        int h = totalMinutes / 60 % 24;
        int m = totalMinutes % 60;
        StringBuilder text = new StringBuilder();
        append(text, days, "day");
        append(text, h, "hour");
        append(text, m, "minute");
        return text.isEmpty() ? "0 minutes" : text.toString();
    }

    private static void append(StringBuilder text, int count, String unit) {
        if (count > 0) {
            text.append(text.isEmpty() ? "" : " ").append(count).append(' ').append(unit).append(count == 1 ? "" : "s");
        }
    }

    public String when(OffsetDateTime at) {
        return at == null ? "Peel's default" : UkTime.show(at);
    }

    public RiskLevel getLevel() { return level; }
    public void setLevel(RiskLevel level) { this.level = level; }
    public Integer getHours() { return hours; }
    public void setHours(Integer hours) { this.hours = hours; }
    public Integer getMinutes() { return minutes; }
    public void setMinutes(Integer minutes) { this.minutes = minutes; }
}
