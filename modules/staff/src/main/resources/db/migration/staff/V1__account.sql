-- Staff accounts. WildFly's Elytron jdbc-realm reads these two tables at sign-in
-- (server-config/scripts/configure-security.cli): keep the column names in step with it.
CREATE TABLE account (
    username         VARCHAR(64)   PRIMARY KEY,
    display_name     VARCHAR(200)  NOT NULL,
    password_hash    VARCHAR(100)  NOT NULL,  -- bcrypt hash, Base64
    password_salt    VARCHAR(100)  NOT NULL,  -- bcrypt salt, Base64
    iteration_count  INTEGER       NOT NULL,  -- bcrypt cost
    enabled          BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at       TIMESTAMPTZ   NOT NULL,
    created_by       VARCHAR(64)   NOT NULL,
    version          INTEGER       NOT NULL DEFAULT 0
);

CREATE TABLE account_role (
    username  VARCHAR(64)  NOT NULL REFERENCES account (username),
    role      VARCHAR(30)  NOT NULL CHECK (role IN ('OFFICER', 'CUSTODY_OFFICER', 'INVESTIGATOR', 'SUPERVISOR', 'AUDITOR', 'ADMIN')),
    PRIMARY KEY (username, role)
);
