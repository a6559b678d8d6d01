package org.pathway.platform;

/**
 * Nothing is held under the id a page or command asked for (or nothing the signed-in user may see: a record outside
 * their scope is not found, never "forbidden", so its existence is not revealed). Every module throws this one; the
 * platform's page advice answers it with the 404 page. The message is for the log and names no person.
 */
public class NotFound extends RuntimeException {

    public NotFound(String what) {
        super(what);
    }

    /** An unknown id of this kind (a case, a referral); the message names the kind and the id. */
    public static NotFound of(String kind, Object id) {
        return new NotFound("No " + kind + " " + id);
    }
}
