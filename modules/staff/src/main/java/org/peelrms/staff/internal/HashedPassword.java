package org.peelrms.staff.internal;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedHashPasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;

/**
 * A bcrypt hash in the three columns that Elytron's {@code bcrypt-mapper} reads: hash and salt in
 * Base64, and the cost. Made with Elytron's own factory, so the realm verifies exactly what is stored.
 */
record HashedPassword(String hash, String salt, int iterationCount) {
    /** bcrypt cost 10 for people's accounts: about 60 ms a sign-in on a 2-core machine. */
    static final int COST = 10;
    /** bcrypt cost 4 for service accounts, whose every API call checks the password (their passwords are long). */
    static final int SERVICE_ACCOUNT_COST = 4;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final WildFlyElytronPasswordProvider PROVIDER = WildFlyElytronPasswordProvider.getInstance();

    /** Whether this is the hash of the password given (as the realm would check it). */
    boolean verifies(String password) {
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            Base64.Decoder base64 = Base64.getDecoder();
            return factory.verify(factory.generatePassword(new IteratedSaltedHashPasswordSpec(base64.decode(hash),
                    base64.decode(salt), iterationCount)), password.toCharArray());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available from Elytron", e);
        }
    }

    static HashedPassword of(String password, int cost) {
        byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
        RANDOM.nextBytes(salt);
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            BCryptPassword hashed = (BCryptPassword) factory.generatePassword(new EncryptablePasswordSpec(
                    password.toCharArray(), new IteratedSaltedPasswordAlgorithmSpec(cost, salt)));
            Base64.Encoder base64 = Base64.getEncoder();
            return new HashedPassword(base64.encodeToString(hashed.getHash()), base64.encodeToString(hashed.getSalt()),
                    hashed.getIterationCount());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available from Elytron", e);
        }
    }
}
