package org.peelrms.casefile.api;

/** The Manual of Guidance forms a case file is made of. */
public enum Form {
    MG3("Report to Crown Prosecutor for charging decision", false),
    MG5("Case summary (police report)", false),
    MG6C("Schedule of non-sensitive unused material", false),
    MG6D("Schedule of sensitive material", false),
    MG9("Witness list", false),
    MG11("Witness statement", true),
    MG12("Exhibit list", false),
    MG15("Record of interview", true);

    private final String title;
    private final boolean perPerson;

    Form(String title, boolean perPerson) {
        this.title = title;
        this.perPerson = perPerson;
    }

    public String title() {
        return title;
    }

    /** One of these for each witness (MG11) or each person interviewed (MG15). */
    public boolean perPerson() {
        return perPerson;
    }

    /** MG9 and MG12 are drawn up by Peel from the witnesses and exhibits on the file; the others are written. */
    public boolean written() {
        return this != MG9 && this != MG12;
    }
}
