package org.peelrms.nominal.internal.matching;

/** How far apart two spellings are, counting a swap of two neighbouring letters as one slip. */
public final class Spelling {
    private Spelling() {
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and transpositions. */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /**
     * The distance when it is at most {@code most}, else {@code most + 1}: words whose lengths differ
     * by more are not compared letter by letter (the matcher only asks about one or two slips).
     */
    public static int distanceUpTo(String a, String b, int most) {
        return Math.abs(a.length() - b.length()) > most ? most + 1 : Math.min(distance(a, b), most + 1);
    }

    /** How many slips a name of this length may carry and still be a typing error of another. */
    public static int allowedSlips(String word) {
        return word.length() <= 2 ? 0 : word.length() <= 5 ? 1 : 2;
    }
}
