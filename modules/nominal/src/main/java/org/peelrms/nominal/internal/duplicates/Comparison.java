package org.peelrms.nominal.internal.duplicates;

import java.util.List;

/**
 * How two people compare, field by field, through the pair of their names that agrees best.
 *
 * @param levels  one level per field: surname, forename, date of birth, sex
 * @param reasons what a reviewer reads, one phrase per field ("surname same by sound: KHAN / KHAAN")
 * @param surnameValue  the folded surname both share when the surname is exact (for its frequency), else null
 * @param forenameValue the folded forename both share when the forename is exact, else null
 * @param swapped the names were compared the other way round (an exact name's frequency is then the
 *                commoner of its frequencies as a surname and as a forename)
 * @param cost    bits taken off the evidence for having looked through more than the two current names the
 *                right way round: log2 of the ways tried, so that a person with many names is not favoured
 */
public record Comparison(List<FieldLevel> levels, List<String> reasons, String surnameValue, String forenameValue, boolean swapped, double cost) {

    public String explanation() {
        return String.join("; ", reasons);
    }
}
