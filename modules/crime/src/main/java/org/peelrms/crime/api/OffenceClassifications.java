package org.peelrms.crime.api;

import java.util.List;

/** The Home Office offence classifications crimes are recorded under; administrators maintain them. */
public interface OffenceClassifications {

    /** Every classification in use, by code. */
    List<OffenceClassificationView> inUse();

    /** Adds a classification; administrators only. */
    void add(String code, String name, String category);

    /** Retires a classification: no new crimes under it; those recorded keep it. Administrators only. */
    void retire(String code);
}
