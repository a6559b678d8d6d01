package org.pathway.people.register;

import java.text.Normalizer;

/** Tolerant comparison of names: case, spacing, punctuation and accents ignored, one typo forgiven. */
final class NameMatching {

    private NameMatching() {}

    /** "O'Brien-Smith " → "obriensmith"; "Zoë" → "zoe". */
    static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String stripped = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = Character.toLowerCase(stripped.charAt(i));
            if (c >= 'a' && c <= 'z') { // accents (combining marks), spaces and punctuation drop out
                key.append(c);
            }
        }
        return key.toString();
    }

    /** Equal once normalised, or one edit apart (a typo or two swapped letters) in a name of four letters or more. */
    static boolean similar(String a, String b) {
        return similarNormalised(normalise(a), normalise(b));
    }

    /** {@link #similar} for names already normalised (matching keys as stored). */
    static boolean similarNormalised(String x, String y) {
        if (x.equals(y)) {
            return true;
        }
        int shorter = Math.min(x.length(), y.length());
        int allowed = shorter >= 8 ? 2 : shorter >= 4 ? 1 : 0;
        return allowed > 0 && Math.abs(x.length() - y.length()) <= allowed && editDistance(x, y) <= allowed;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions. */
    static int editDistance(String a, String b) {
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
}
