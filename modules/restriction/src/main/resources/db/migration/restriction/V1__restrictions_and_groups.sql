-- Restricted records (issue 8): who may see a record that everyone else must not know exists.
CREATE TABLE restriction.restriction (
    id            BIGSERIAL PRIMARY KEY,
    record_type   VARCHAR(40)  NOT NULL,
    record_id     BIGINT       NOT NULL,
    category      VARCHAR(40)  NOT NULL,
    reason        VARCHAR(2000) NOT NULL,
    restricted_by VARCHAR(64)  NOT NULL,
    restricted_at TIMESTAMPTZ  NOT NULL,
    lifted_by     VARCHAR(64),
    lifted_at     TIMESTAMPTZ,
    lift_reason   VARCHAR(2000)
);
-- At most one restriction in force on a record.
CREATE UNIQUE INDEX restriction_in_force ON restriction.restriction (record_type, record_id) WHERE lifted_at IS NULL;

CREATE TABLE restriction.restriction_user (
    restriction_id BIGINT NOT NULL REFERENCES restriction.restriction (id),
    username       VARCHAR(64) NOT NULL,
    PRIMARY KEY (restriction_id, username)
);

CREATE TABLE restriction.restriction_group (
    restriction_id BIGINT NOT NULL REFERENCES restriction.restriction (id),
    group_name     VARCHAR(100) NOT NULL,
    PRIMARY KEY (restriction_id, group_name)
);

CREATE TABLE restriction.access_group (
    id          BIGSERIAL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL UNIQUE,
    description VARCHAR(500),
    created_by  VARCHAR(64) NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE restriction.access_group_member (
    group_id BIGINT NOT NULL REFERENCES restriction.access_group (id),
    username VARCHAR(64) NOT NULL,
    PRIMARY KEY (group_id, username)
);

-- Search options an administrator marks sensitive: using one asks for a reason.
CREATE TABLE restriction.sensitive_option (
    option_key  VARCHAR(81) PRIMARY KEY,  -- search_name '.' option_name
    search_name VARCHAR(40) NOT NULL,
    option_name VARCHAR(40) NOT NULL,
    changed_by  VARCHAR(64) NOT NULL,
    changed_at  TIMESTAMPTZ NOT NULL
);
-- Shipped default: searching people by the description of an identifying mark is sensitive.
INSERT INTO restriction.sensitive_option VALUES ('name-search.marks', 'name-search', 'marks', 'peel-system', now());
