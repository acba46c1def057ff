-- Hibernate Search's outbox-polling coordination (ADR 0037), used when a cluster keeps the people index in
-- OpenSearch: each change to a person writes an event here in the same transaction as the change, and one
-- node's event processor (shared out through hsearch_agent) sends it to the index. A node that dies
-- mid-transaction leaves either both the change and its event or neither; an event written but not yet
-- indexed stays until another node processes it. Empty, and unused, while the index is the embedded Lucene one.
-- The columns are those Hibernate Search 7.2 maps on PostgreSQL (ids as uuid, payloads as bytea with
-- hibernate.search.coordination.entity.mapping.outboxevent.payload_type=long32varbinary), named as Hibernate
-- names them (its property names, unquoted, so entityIdHash is the column entityidhash).
CREATE TABLE hsearch_outbox_event (
    id           UUID                        NOT NULL PRIMARY KEY,
    entityName   VARCHAR(256)                NOT NULL,
    entityId     VARCHAR(256)                NOT NULL,
    entityIdHash INTEGER                     NOT NULL,
    payload      BYTEA                       NOT NULL,
    retries      INTEGER                     NOT NULL,
    processAfter TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status       VARCHAR(255)                NOT NULL CHECK (status IN ('ABORTED', 'PENDING')),
    tenantId     VARCHAR(255)
);
CREATE INDEX hsearch_outbox_event_entity_id_hash ON hsearch_outbox_event (entityIdHash);
CREATE INDEX hsearch_outbox_event_status ON hsearch_outbox_event (status);
CREATE INDEX hsearch_outbox_event_process_after ON hsearch_outbox_event (processAfter);

CREATE TABLE hsearch_agent (
    id                 UUID                        NOT NULL PRIMARY KEY,
    type               VARCHAR(255)                NOT NULL
        CHECK (type IN ('EVENT_PROCESSING_DYNAMIC_SHARDING', 'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
    name               VARCHAR(255)                NOT NULL,
    expiration         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    state              VARCHAR(255)                NOT NULL CHECK (state IN ('RUNNING', 'SUSPENDED', 'WAITING')),
    totalShardCount    INTEGER,
    assignedShardIndex INTEGER,
    tenantId           VARCHAR(255),
    payload            BYTEA
);
