package org.peelrms.it;

import java.util.concurrent.ThreadLocalRandom;

/** Six random letters, so a test's records (a surname, a group's name) are its own in a database others share. */
public final class UniqueLetters {

    private UniqueLetters() {
    }

    /** Letters only, so it can be part of a surname. */
    public static String next() {
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            token.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return token.toString();
    }
}
