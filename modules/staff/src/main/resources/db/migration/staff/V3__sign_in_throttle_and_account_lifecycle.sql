-- Issue 16: Peel's own sign-in throttle in place of WildFly's lockout, and the account lifecycle.

-- Failed sign-ins, counted three ways: for one account from one address, for one address whatever the
-- account, and for one account from anywhere. Each has its own back-off (SignInThrottle). Kept in the
-- database so that every node of a cluster holds back the same attempts, and administrators see them.
CREATE TABLE sign_in_throttle (
    kind               VARCHAR(20)   NOT NULL CHECK (kind IN ('ACCOUNT_AT_ADDRESS', 'ADDRESS', 'ACCOUNT')),
    subject            VARCHAR(400)  NOT NULL,   -- user name, address, or "user name from address"
    failures           INTEGER       NOT NULL CHECK (failures > 0),
    last_failure_at    TIMESTAMPTZ   NOT NULL,
    held_until         TIMESTAMPTZ,              -- no password is checked for this subject before then
    refused_while_held INTEGER       NOT NULL DEFAULT 0,
    PRIMARY KEY (kind, subject)
);

-- The lifecycle: a leaver's account is closed for good (the user name is never given to anyone else); the
-- access version goes up whenever what an account may do changes (disabled, left, roles, password), and a
-- signed-in session of an older version is ended.
ALTER TABLE account ADD COLUMN left_at TIMESTAMPTZ;
ALTER TABLE account ADD COLUMN access_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE account ADD CONSTRAINT leavers_are_disabled CHECK (left_at IS NULL OR NOT enabled);
