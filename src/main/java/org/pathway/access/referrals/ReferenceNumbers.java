package org.pathway.access.referrals;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/**
 * Reference numbers people can quote on the phone: "PW-" and eight characters from an alphabet without
 * look-alikes (no 0/O, 1/I/L, 5/S, 2/Z), with a final check character so a mistyped reference is caught.
 */
@Component
public class ReferenceNumbers {

    static final String ALPHABET = "346789ABCDEFGHJKMNPQRTUVWXY";
    private final SecureRandom random = new SecureRandom();

    public String next() {
        StringBuilder body = new StringBuilder(8);
        for (int i = 0; i < 7; i++) {
            body.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return "PW-" + body + check(body);
    }

    /**
     * A well-formed reference for the n-th record of a bulk load (0 to 27^7 - 1): distinct numbers give distinct
     * references, scattered over the alphabet so they do not look sequential.
     */
    public static String forSequence(long n) {
        long space = 10_460_353_203L; // 27^7
        long value = Math.floorMod(n * 1_000_003L + 7_777_777L, space); // 1,000,003 is prime to 3: a bijection
        StringBuilder body = new StringBuilder(8);
        for (int i = 0; i < 7; i++) {
            body.append(ALPHABET.charAt((int) (value % ALPHABET.length())));
            value /= ALPHABET.length();
        }
        return "PW-" + body + check(body);
    }

    /** Whether a typed reference is well formed and its check character matches (case and spaces ignored). */
    public static boolean isWellFormed(String reference) {
        String r = reference == null ? "" : reference.replaceAll("\\s", "").toUpperCase(java.util.Locale.UK);
        if (!r.matches("PW-[" + ALPHABET + "]{8}")) {
            return false;
        }
        return r.charAt(10) == check(r.substring(3, 10));
    }

    private static char check(CharSequence body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += (i + 1) * ALPHABET.indexOf(body.charAt(i));
        }
        return ALPHABET.charAt(sum % ALPHABET.length());
    }
}
