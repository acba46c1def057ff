package org.peelrms.nominal.internal;

import org.peelrms.nominal.internal.matching.NameVariants;

/** The name-variant table the name search uses now (shipped groups and those administrators added), for the duplicate finder. */
public final class CurrentNameVariants {
    private CurrentNameVariants() {
    }

    public static NameVariants now() {
        return SearchVocabulary.variants();
    }
}
